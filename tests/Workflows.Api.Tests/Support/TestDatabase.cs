using Npgsql;

namespace Workflows.Api.Tests.Support;

/// <summary>
/// A fresh database for one test run on the project-local PostgreSQL (started by <c>make test</c>), or on the server
/// given by <c>WORKFLOWS_TEST_DB</c> (a connection string whose user may create roles and databases). Set up as a
/// deployment should be: owned by the role that migrates it (<see cref="OwnerConnectionString"/>), used by the server
/// through a role that owns nothing (<see cref="ConnectionString"/>). Dropped at the end.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string OwnerRole = "workflows_test_owner";
    public const string ServerRole = "workflows_test_server";

    private readonly string admin;

    private TestDatabase(string admin, string name)
    {
        this.admin = admin;
        Name = name;
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        OwnerConnectionString = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Username = OwnerRole }.ConnectionString;
        ConnectionString = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Username = ServerRole }.ConnectionString;
    }

    /// <summary>The server's role: rows to read and write, nothing to own.</summary>
    public string ConnectionString { get; }

    /// <summary>The owner role that applies the migrations.</summary>
    public string OwnerConnectionString { get; }

    public string Name { get; }

    /// <summary>The settings that point a server at this database, with <paramref name="more"/> of the test's own.</summary>
    public Dictionary<string, string?> Settings(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Workflows"] = ConnectionString,
            ["ConnectionStrings:WorkflowsOwner"] = OwnerConnectionString,
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public static async Task<TestDatabase> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable("WORKFLOWS_TEST_DB")
            ?? $"Host=127.0.0.1;Port={Environment.GetEnvironmentVariable("WORKFLOWS_PG_PORT") ?? "55432"};Username=workflows;Password=workflows;Database=workflows";
        var name = $"workflows_test_{Guid.NewGuid():N}"[..32];
        var password = new NpgsqlConnectionStringBuilder(admin).Password ?? string.Empty;
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            foreach (var role in new[] { OwnerRole, ServerRole })
            {
                // Roles belong to the cluster, and test runs may create them at the same moment.
                await using var create = new NpgsqlCommand(
                    $"DO $$ BEGIN CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '{password.Replace("'", "''", StringComparison.Ordinal)}'; "
                    + "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$", connection);
                await create.ExecuteNonQueryAsync();
            }

            await using var database = new NpgsqlCommand($"CREATE DATABASE {name} OWNER {OwnerRole}", connection);
            await database.ExecuteNonQueryAsync();
        }

        return new TestDatabase(admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
