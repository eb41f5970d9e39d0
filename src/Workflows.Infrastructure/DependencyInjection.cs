using Hangfire;
using Hangfire.PostgreSql;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Workflows.Infrastructure.Calendars;
using Workflows.Infrastructure.Deadlines;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Documents;
using Workflows.Infrastructure.Messaging;
using Workflows.Infrastructure.Observability;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Runtime;
using Workflows.Infrastructure.Scheduling;
using Workflows.Infrastructure.Wakeups;
using Workflows.Infrastructure.Webhooks;

namespace Workflows.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Workflows";

    /// <summary>PostgreSQL persistence, the definition catalog and the instance runner.</summary>
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

        connectionString = WithDefaults(connectionString);
        builder.Services.AddDbContext<WorkflowsDbContext>(options => Configure(options, connectionString));
        // Every reading the server takes is at the database's precision; a host or a test replaces only the source.
        builder.Services.TryAddKeyedSingleton(DatabaseClock.SourceKey, TimeProvider.System);
        builder.Services.AddSingleton<TimeProvider>(sp => new DatabaseClock(sp.GetRequiredKeyedService<TimeProvider>(DatabaseClock.SourceKey)));
        builder.Services.AddSingleton<DefinitionCatalog>();
        builder.Services.AddScoped<DefinitionVersions>();
        builder.Services.AddScoped<DefinitionImporter>();
        builder.Services.AddScoped<InstanceZones>();
        builder.Services.AddScoped<InstanceRunner>();
        builder.Services.AddScoped<InstanceQueries>();
        builder.Services.AddScoped<DocumentStore>();
        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddScoped<DocumentContents>();
        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddWorkflowsMetrics();
        AddWorkers(builder, connectionString);
        AddBus(builder);
        AddScheduling(builder, connectionString);
        builder.Services.AddCalendarCoverage();
        return builder;
    }

    /// <summary>The context's options for a connection string (the owner role's, for migrations).</summary>
    public static DbContextOptionsBuilder<WorkflowsDbContext> DbContextOptions(string connectionString)
    {
        var options = new DbContextOptionsBuilder<WorkflowsDbContext>();
        Configure(options, connectionString);
        return options;
    }

    private static void Configure(DbContextOptionsBuilder options, string connectionString) => options
        .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", WorkflowsDbContext.Schema))
        // The migrations are written as SQL, so there is no model snapshot to compare with; the integration tests
        // check the schema against the model instead.
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

    /// <summary>
    /// Npgsql settings the engine's workload benefits from unless the connection string sets them: statements run more
    /// than once are prepared automatically (the same few commands run for every instance; the benchmark measured ~15%).
    /// </summary>
    private static string WithDefaults(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// Hangfire on PostgreSQL, its tables in the schema <c>hangfire</c> (installed by the migration step): every node runs
    /// a job server, and each job runs on one node. It carries the scheduled starts of definitions that declare
    /// <c>schedule:</c>, the daily overdue digest and housekeeping.
    /// </summary>
    private static void AddScheduling(IHostApplicationBuilder builder, string connectionString)
    {
        builder.Services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<HangfireOptions>().BindConfiguration(HangfireOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<HousekeepingOptions>().BindConfiguration(HousekeepingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<ScheduleSync>();
        builder.Services.AddScoped<ScheduleStateStore>();
        builder.Services.AddScoped<ScheduleChain>();
        builder.Services.AddScoped<OverdueDigest>();
        builder.Services.AddScoped<RecurringWork>();
        builder.Services.AddScoped<ScheduledStartJob>();
        builder.Services.AddScoped<OverdueDigestJob>();
        builder.Services.AddScoped<Housekeeping>();
        var hangfire = builder.Configuration.GetSection(HangfireOptions.Section).Get<HangfireOptions>() ?? new HangfireOptions();
        builder.Services.AddHangfire((sp, c) => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseLogProvider(new HangfireLogging(sp.GetRequiredService<ILoggerFactory>()))
            .UseSimpleAssemblyNameTypeSerializer()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions
            {
                SchemaName = HangfireOptions.Schema,
                // The server's role cannot create tables; the migration step installs them (HangfireSchema).
                PrepareSchemaIfNecessary = false,
                // An enqueued job is announced with NOTIFY, so a worker takes it at once instead of at its next poll.
                EnableLongPolling = true,
                UseSlidingInvisibilityTimeout = true,
                InvisibilityTimeout = hangfire.InvisibilityTimeout,
            }));
        // After the database initializer (hosted services start in order): the server needs the migrated schema.
        builder.Services.AddHangfireServer(o =>
        {
            o.WorkerCount = hangfire.WorkerCount;
            o.SchedulePollingInterval = hangfire.SchedulePollingInterval;
        });
        builder.Services.AddHostedService<ScheduleStartup>();
    }

    /// <summary>
    /// The background workers every node runs over shared tables — timer runner, outbox relay, webhook dispatcher —
    /// and the listener that wakes them when a trigger announces new rows.
    /// </summary>
    private static void AddWorkers(IHostApplicationBuilder builder, string connectionString)
    {
        builder.Services.AddOptions<DeadlineOptions>().BindConfiguration(DeadlineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<AwayOptions>().BindConfiguration(AwayOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<TimerSignal>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<WebhookSignal>();
        builder.Services.AddScoped<TimerProcessor>();
        builder.Services.AddSingleton<RetimeSignal>();
        builder.Services.AddScoped<CalendarRetimer>();
        builder.Services.AddScoped<CalendarChanges>();
        builder.Services.AddScoped<CalendarRetimes>();
        builder.Services.AddScoped<SupervisorQueries>();
        builder.Services.AddScoped<AwayPeriods>();
        builder.Services.AddSingleton<AwayRules>();
        builder.Services.AddScoped<WebhookRegistry>();
        builder.Services.AddHttpClient(WebhookDispatcher.Client)
            .ConfigurePrimaryHttpMessageHandler(sp => WebhookConnector.CreateHandler(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value));
        // After the database initializer: hosted services start in order, and the workers need the migrated schema.
        builder.Services.AddHostedService(sp => new DatabaseWakeups(
            connectionString,
            new Dictionary<string, Wakeup>(StringComparer.Ordinal)
            {
                ["workflows_timers"] = sp.GetRequiredService<TimerSignal>(),
                ["workflows_outbox"] = sp.GetRequiredService<OutboxSignal>(),
                ["workflows_webhooks"] = sp.GetRequiredService<WebhookSignal>(),
            },
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DatabaseWakeups>>()));
        if (builder.Configuration.GetValue($"{DeadlineOptions.Section}:{nameof(DeadlineOptions.RunTimers)}", true))
        {
            builder.Services.AddHostedService<TimerRunner>();
        }

        builder.Services.AddHostedService<CalendarRetimeRunner>();
        builder.Services.AddHostedService<OutboxRelay>();
        builder.Services.AddHostedService<WebhookDispatcher>();
    }

    /// <summary>
    /// MassTransit: RabbitMQ when <c>Workflows:Bus:RabbitMq</c> is set (with retries, then the error queue), else the
    /// in-memory transport. The bus carries the outbox's events out and <c>DeliverMessage</c> commands in.
    /// </summary>
    private static void AddBus(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BusOptions>().BindConfiguration(BusOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<HeldMessages>();
        builder.Services.AddScoped<MessageInbox>();
        builder.Services.AddScoped<BusInbox>();
        builder.Services.AddSingleton<AgencySignatures>();
        var bus = builder.Configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();
        builder.Services.AddMassTransit(x =>
        {
            x.SetKebabCaseEndpointNameFormatter();
            x.AddConsumer<DeliverMessageConsumer>();
            // A broker outage must not take the node out of service: the API keeps working and the outbox waits.
            x.ConfigureHealthCheckOptions(o =>
            {
                o.MinimalFailureStatus = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded;
                o.Tags.Add("ready");
            });
            void Retry(IBusFactoryConfigurator cfg) =>
                cfg.UseMessageRetry(r => r.Exponential(bus.Retries, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500)));
            if (string.IsNullOrWhiteSpace(bus.RabbitMq))
            {
                x.UsingInMemory((context, cfg) =>
                {
                    Retry(cfg);
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                x.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(new Uri(bus.RabbitMq));
                    Retry(cfg);
                    cfg.ConfigureEndpoints(context);
                });
            }
        });
    }
}
