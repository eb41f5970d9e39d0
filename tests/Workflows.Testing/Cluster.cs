using System.Diagnostics;
using Npgsql;

namespace Workflows.Testing;

/// <summary>The project-local PostgreSQL (deploy/local/postgres.sh): a fresh database per run, SQL, and the command-line tools run beside it.</summary>
public sealed class Cluster(string repo)
{
    public string Url { get; } = Run(Path.Combine(repo, "deploy", "local", "postgres.sh"), "url").Trim();

    public string Database(string name) => new NpgsqlConnectionStringBuilder(Url) { Database = name }.ConnectionString;

    public async Task<string> CreateDatabaseAsync(string name)
    {
        await ExecuteAsync(Url, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        await ExecuteAsync(Url, $"CREATE DATABASE {name}");
        return Database(name);
    }

    public static async Task ExecuteAsync(string connectionString, string sql, int timeoutSeconds = 600)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = timeoutSeconds };
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static string Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return process.ExitCode == 0 ? output.Result : throw new InvalidOperationException($"{file} {arguments} failed: {error.Result}");
    }
}
