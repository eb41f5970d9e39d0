using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Workflows.Infrastructure.Calendars;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Scheduling;

namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// Applies the migrations and, on request, imports the workflows folder, under one PostgreSQL advisory lock (several
/// nodes may start at once). With <c>ConnectionStrings:WorkflowsOwner</c> set, the migrations run as that owner role
/// and the server's own role (<c>ConnectionStrings:Workflows</c>) is granted only what it needs: rows to read and
/// write, and on the audit trail only SELECT and INSERT — it owns nothing, so it can neither rewrite the trail nor
/// switch off the trigger that guards it.
/// </summary>
public sealed partial class DatabaseMigrator(IServiceProvider services, IConfiguration configuration, ILogger<DatabaseMigrator> logger)
{
    public const string OwnerConnectionStringName = "WorkflowsOwner";

    private const long LockKey = 0x576F726B666C6F77; // "Workflow"

    /// <summary>Migrates (or, when <paramref name="migrate"/> is false, checks that nothing is pending) and imports.</summary>
    public async Task MigrateAsync(bool migrate, bool import, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await StartupPhases.TimeAsync(logger, "first connection and advisory lock", () => db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({LockKey})", cancellationToken));
            if (migrate)
            {
                await StartupPhases.TimeAsync(logger, "migrations", () => ApplyMigrationsAsync(db, cancellationToken));
            }
            else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList() is { Count: > 0 } pending)
            {
                throw new InvalidOperationException(
                    $"the database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}) and Workflows:MigrateOnStart is off: run the migration step (Workflows__MigrateOnly=true with ConnectionStrings__{OwnerConnectionStringName}) first.");
            }

            if (import)
            {
                var imported = await StartupPhases.TimeAsync(
                    logger, "definition import", () => scope.ServiceProvider.GetRequiredService<DefinitionImporter>().ImportAsync(cancellationToken));
                LogImported(logger, imported);
            }

            await StartupPhases.TimeAsync(logger, "calendar changes", () => scope.ServiceProvider.GetRequiredService<CalendarChanges>().RecordAsync(cancellationToken));
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task ApplyMigrationsAsync(WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        var owner = configuration.GetConnectionString(OwnerConnectionStringName);
        if (string.IsNullOrWhiteSpace(owner))
        {
            LogNoOwner(logger, OwnerConnectionStringName);
            await db.Database.MigrateAsync(cancellationToken);
            await HangfireSchema.InstallAsync(db.Database.GetConnectionString()!, cancellationToken);
            return;
        }

        var server = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var ownerBuilder = new NpgsqlConnectionStringBuilder(owner);
        if (!string.Equals(server.Host, ownerBuilder.Host, StringComparison.OrdinalIgnoreCase) || server.Port != ownerBuilder.Port
            || !string.Equals(server.Database, ownerBuilder.Database, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{OwnerConnectionStringName} names database '{ownerBuilder.Database}' on {ownerBuilder.Host}:{ownerBuilder.Port}, "
                + $"but ConnectionStrings:{DependencyInjection.ConnectionStringName} names '{server.Database}' on {server.Host}:{server.Port}; both must name the same database.");
        }

        await using var ownerDb = new WorkflowsDbContext(DependencyInjection.DbContextOptions(owner).Options);
        await ownerDb.Database.MigrateAsync(cancellationToken);
        await HangfireSchema.InstallAsync(owner, cancellationToken);
        if (!string.Equals(server.Username, ownerBuilder.Username, StringComparison.Ordinal))
        {
            await ownerDb.Database.ExecuteSqlRawAsync(ServerRoleGrants.For(server.Username!), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready; {Count} definition(s) imported from the workflows folder")]
    private static partial void LogImported(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ConnectionStrings:{Owner} is not set: the server migrates with its own role, which then owns the schema and could switch off the audit trail's guard. Set an owner role for migrations (see the README, database roles).")]
    private static partial void LogNoOwner(ILogger logger, string owner);
}
