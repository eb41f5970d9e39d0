using Npgsql;

namespace Workflows.Api.Tests.Support;

/// <summary>
/// A fresh database for one test run on the project-local PostgreSQL (started by <c>make test</c>), or on the server
/// given by <c>WORKFLOWS_TEST_DB</c> (a connection string whose user may create databases). Dropped at the end.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string admin;

    private TestDatabase(string admin, string connectionString, string name)
    {
        this.admin = admin;
        ConnectionString = connectionString;
        Name = name;
    }

    public string ConnectionString { get; }

    public string Name { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable("WORKFLOWS_TEST_DB")
            ?? $"Host=127.0.0.1;Port={Environment.GetEnvironmentVariable("WORKFLOWS_PG_PORT") ?? "55432"};Username=workflows;Password=workflows;Database=workflows";
        var name = $"workflows_test_{Guid.NewGuid():N}"[..32];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(admin, builder.ConnectionString, name);
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
