using OpenTelemetry.Metrics;
using Workflows.Infrastructure.Calendars;
using Workflows.Infrastructure.Observability;

namespace Workflows.Api.Hosting;

/// <summary>
/// <c>GET /metrics</c> in the Prometheus text format when <c>Workflows:Metrics:Enabled</c> is true: the engine's meter
/// (<see cref="WorkflowsMetrics"/>), ASP.NET Core's and Kestrel's, HttpClient's (webhooks), Npgsql's and the .NET runtime's.
/// The endpoint asks for no token, as scrapers expect: it is off by default, and where it is on it must be reachable
/// only from the monitoring network (a reverse proxy in front, such as deploy/compose's nginx, should not forward it).
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    /// <summary>The meters read besides the engine's own; all are built into .NET, ASP.NET Core and Npgsql.</summary>
    private static readonly string[] PlatformMeters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics", "Microsoft.AspNetCore.Authentication", "Microsoft.AspNetCore.Authorization",
        "System.Net.Http", "System.Runtime", "Npgsql",
    ];

    public static IHostApplicationBuilder AddWorkflowsMetricsEndpoint(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (Enabled(builder.Configuration))
        {
            builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
                .AddMeter(WorkflowsMetrics.MeterName, CoverageGauge.MeterName)
                .AddMeter(PlatformMeters)
                // Every scrape reads the instruments afresh (the exporter would otherwise answer from a copy up to 300 ms
                // old); the only costly readings, the database counts, are cached on their own (Workflows:Metrics:GaugeRefresh).
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        }

        return builder;
    }

    public static WebApplication MapWorkflowsMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (Enabled(app.Configuration))
        {
            app.Services.GetRequiredService<OpenWorkCounts>().Start();
            app.MapPrometheusScrapingEndpoint(Path);
        }

        return app;
    }

    private static bool Enabled(IConfiguration configuration) =>
        configuration.GetValue<bool>($"{MetricsOptions.Section}:{nameof(MetricsOptions.Enabled)}");
}
