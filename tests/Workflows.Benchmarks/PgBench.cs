using Npgsql;
using Workflows.Testing;

namespace Workflows.Benchmarks;

/// <summary>The ceiling the task throughput is measured against: pgbench on the same cluster with the same clients.</summary>
internal static class PgBench
{
    /// <summary><c>pgbench -b simple-update</c> with <paramref name="clients"/> clients on a database of its own, <paramref name="name"/>.</summary>
    public static async Task<double> PgBenchTpsAsync(this Cluster cluster, string name, int clients, TimeSpan duration)
    {
        var database = await cluster.CreateDatabaseAsync(name);
        var builder = new NpgsqlConnectionStringBuilder(database);
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pgbench")).Where(File.Exists).Order().LastOrDefault()
            ?? "pgbench";
        var common = $"-h {builder.Host} -p {builder.Port} -U {builder.Username}";
        Environment.SetEnvironmentVariable("PGPASSWORD", builder.Password);
        Cluster.Run(bin, $"-i -q -s 10 {common} {builder.Database}");
        var output = Cluster.Run(bin, $"-b simple-update -c {clients} -j {Math.Min(clients, Environment.ProcessorCount)} -T {(int)duration.TotalSeconds} {common} {builder.Database}");
        await Cluster.ExecuteAsync(cluster.Url, $"DROP DATABASE IF EXISTS {builder.Database} WITH (FORCE)");
        var line = output.Split('\n').First(l => l.StartsWith("tps = ", StringComparison.Ordinal));
        return double.Parse(line.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
    }
}
