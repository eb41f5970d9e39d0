using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Workflows.Infrastructure.Deadlines;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Documents;
using Workflows.Infrastructure.Persistence;
using Quartz;
using Workflows.Infrastructure.Runtime;
using Workflows.Infrastructure.Scheduling;

namespace Workflows.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Workflows";

    /// <summary>PostgreSQL persistence, the definition catalog and the case runner.</summary>
    public static IHostApplicationBuilder AddWorkflowsInfrastructure(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<WorkflowsOptions>().BindConfiguration(WorkflowsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is not set. Set it in appsettings or as the environment variable ConnectionStrings__{ConnectionStringName} (make run sets it to the project-local PostgreSQL).");
        }

        builder.Services.AddDbContext<WorkflowsDbContext>(options => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", WorkflowsDbContext.Schema))
            // The migrations are written as SQL (the design-time package cannot be restored here), so there is no model
            // snapshot to compare with; the integration tests check the schema against the model instead.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DefinitionCatalog>();
        builder.Services.AddScoped<DefinitionVersions>();
        builder.Services.AddScoped<DefinitionImporter>();
        builder.Services.AddScoped<CaseRunner>();
        builder.Services.AddScoped<CaseQueries>();
        builder.Services.AddScoped<DocumentStore>();
        builder.Services.AddHostedService<DatabaseInitializer>();
        AddDeadlines(builder, connectionString);
        AddScheduling(builder, connectionString);
        return builder;
    }

    /// <summary>
    /// Quartz.NET with its clustered job store in the schema <c>quartz</c> (created by the migrations): periodic starts
    /// of definitions that declare <c>schedule:</c>, and the daily overdue digest. Exactly one node fires each job.
    /// </summary>
    private static void AddScheduling(IHostApplicationBuilder builder, string connectionString)
    {
        builder.Services.AddScoped<ScheduleSync>();
        builder.Services.AddScoped<OverdueDigest>();
        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = "workflows");
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.UseClustering(c =>
                {
                    c.CheckinInterval = TimeSpan.FromSeconds(10);
                    c.CheckinMisfireThreshold = TimeSpan.FromSeconds(30);
                });
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(o => o.TablePrefix = "quartz.qrtz_");
            });
        });
        // After the database initializer (hosted services start in order): Quartz checks its tables when it starts.
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.AddHostedService<ScheduleStartup>();
    }

    /// <summary>Timers, reminders and escalation: every node runs a timer runner unless configured not to.</summary>
    private static void AddDeadlines(IHostApplicationBuilder builder, string connectionString)
    {
        builder.Services.AddOptions<DeadlineOptions>().BindConfiguration(DeadlineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<TimerSignal>();
        builder.Services.AddScoped<TimerProcessor>();
        builder.Services.AddScoped<SupervisorQueries>();
        builder.Services.AddScoped<AwayPeriods>();
        if (builder.Configuration.GetValue($"{DeadlineOptions.Section}:{nameof(DeadlineOptions.RunTimers)}", true))
        {
            // After the database initializer: hosted services start in order, and the runner needs the migrated schema.
            builder.Services.AddHostedService(sp => new TimerListener(
                connectionString, sp.GetRequiredService<TimerSignal>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<TimerListener>>()));
            builder.Services.AddHostedService<TimerRunner>();
        }
    }
}
