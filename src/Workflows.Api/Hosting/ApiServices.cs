using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Workflows.Api.Auth;
using Workflows.Api.Contract;
using Workflows.Api.Endpoints;
using Workflows.Api.Idempotency;
using Workflows.Api.Problems;
using Workflows.Infrastructure;

namespace Workflows.Api.Hosting;

public static class ApiServices
{
    /// <summary>Serves the OpenAPI document at /openapi/v1.json and Swagger UI at /swagger when true (off by default).</summary>
    public const string OpenApiSetting = "OpenApi:Enabled";

    /// <summary>Everything the web host needs: infrastructure, authentication, problem details, OpenAPI, health checks.</summary>
    public static IHostApplicationBuilder AddWorkflowsApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddWorkflowsInfrastructure();
        builder.AddWorkflowsAuth();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemCodeFallback.Apply);
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        // Unreadable bodies and parameters become exceptions, so the handler can say what is wrong and where.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = builder.Configuration.GetValue($"{WorkflowsOptions.Section}:{nameof(WorkflowsOptions.MaxDocumentBytes)}", new WorkflowsOptions().MaxDocumentBytes) + 64 * 1024);
        builder.Services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<BearerSecurityTransformer>();
            o.AddDocumentTransformer<ContractDocumentTransformer>();
            o.AddSchemaTransformer<NumberSchemaTransformer>();
            o.AddOperationTransformer<UploadFormTransformer>();
            o.AddOperationTransformer<ProblemResponsesTransformer>();
            o.AddOperationTransformer<PagingTransformer>();
            o.AddOperationTransformer<ContractExamples>();
        });
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("postgresql", tags: ["ready", HealthReportWriter.Details])
            .AddCheck<CalendarCoverageHealthCheck>(CalendarCoverageHealthCheck.Name, tags: ["ready", HealthReportWriter.Details]);
        builder.Services.AddHostedService<ReadyBanner>();
        builder.AddWorkflowsMetricsEndpoint();
        return builder;
    }

    public static WebApplication UseWorkflowsApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<CharsetGuard>();
        app.UseMiddleware<BodySizeLimit>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<IdempotencyMiddleware>();
        // The API description helps a developer and an attacker alike: served only where a setting asks for it.
        if (app.Configuration.GetValue<bool>(OpenApiSetting))
        {
            app.MapOpenApi();
            app.UseSwaggerUI(o =>
            {
                o.SwaggerEndpoint("/openapi/v1.json", "Workflows");
                o.RoutePrefix = "swagger";
            });
        }

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthReportWriter.WriteAsync });
        app.MapDefinitionsApi();
        app.MapInstancesApi();
        app.MapTasksApi();
        app.MapDocumentsApi();
        app.MapSupervisionApi();
        app.MapAwayApi();
        app.MapNotificationsApi();
        app.MapIntegrationApi();
        app.MapCalendarsApi();
        app.MapJobsDashboard();
        app.MapWorkflowsMetrics();
        return app;
    }
}
