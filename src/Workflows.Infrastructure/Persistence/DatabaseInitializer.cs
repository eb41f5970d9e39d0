using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Infrastructure.Definitions;

namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// At start-up, before the server takes requests: applies the migrations and imports the workflows folder. Several
/// nodes may start at once, so both run under one PostgreSQL advisory lock.
/// </summary>
internal sealed partial class DatabaseInitializer(IServiceProvider services, IOptions<WorkflowsOptions> options, ILogger<DatabaseInitializer> logger) : IHostedService
{
    private const long LockKey = 0x576F726B666C6F77; // "Workflow"

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({LockKey})", cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            if (options.Value.ImportOnStart)
            {
                var imported = await scope.ServiceProvider.GetRequiredService<DefinitionImporter>().ImportAsync(cancellationToken);
                LogImported(logger, imported);
            }
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready; {Count} definition(s) imported from the workflows folder")]
    private static partial void LogImported(ILogger logger, int count);
}
