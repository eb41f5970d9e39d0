using Hangfire.PostgreSql;
using Npgsql;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>
/// Installs or upgrades Hangfire's tables in their own schema. Run by the migration step as the owner role: the server's
/// role owns nothing and cannot create a schema, so the servers start with <c>PrepareSchemaIfNecessary</c> off.
/// </summary>
public static class HangfireSchema
{
    public static async Task InstallAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        PostgreSqlObjectsInstaller.Install(connection, HangfireOptions.Schema);
    }
}
