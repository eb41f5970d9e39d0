using System.Diagnostics;
using Npgsql;

namespace Workflows.Benchmarks;

/// <summary>The project-local PostgreSQL (deploy/local/postgres.sh): a fresh database per run, SQL, and pgbench.</summary>
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

    /// <summary><c>pgbench -b simple-update</c> with <paramref name="clients"/> clients on a database of its own: the ceiling.</summary>
    public async Task<double> PgBenchTpsAsync(int clients, TimeSpan duration)
    {
        var database = await CreateDatabaseAsync("workflows_pgbench");
        var builder = new NpgsqlConnectionStringBuilder(database);
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pgbench")).Where(File.Exists).Order().LastOrDefault()
            ?? "pgbench";
        var common = $"-h {builder.Host} -p {builder.Port} -U {builder.Username}";
        Environment.SetEnvironmentVariable("PGPASSWORD", builder.Password);
        Run(bin, $"-i -q -s 10 {common} {builder.Database}");
        var output = Run(bin, $"-b simple-update -c {clients} -j {Math.Min(clients, Environment.ProcessorCount)} -T {(int)duration.TotalSeconds} {common} {builder.Database}");
        await ExecuteAsync(Url, $"DROP DATABASE IF EXISTS {builder.Database} WITH (FORCE)");
        var line = output.Split('\n').First(l => l.StartsWith("tps = ", StringComparison.Ordinal));
        return double.Parse(line.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
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
