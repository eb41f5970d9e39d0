using System.Diagnostics;
using Workflows.Benchmarks;
using Workflows.Testing;

// make bench / make bench-quick: the real server (separate processes) on the project-local PostgreSQL, driven over
// HTTP from here. Every figure is reported against its target; nothing here passes or fails a build.
var options = BenchOptions.Parse(args);
var repo = BenchWorkflows.RepositoryRoot();
if (options.ValidationOnly)
{
    var alone = new Report();
    ValidationScenario.Run(alone, options.ValidationRounds);
    alone.Print(Console.Out);
    var written = alone.Save(Path.Combine(repo, "bench-results"), "validation-", new { options.Quick, Environment.ProcessorCount, at = DateTimeOffset.UtcNow });
    Console.WriteLine($"\nwritten: {Path.GetRelativePath(repo, written)}");
    return 0;
}

var cluster = new Cluster(repo);
var report = new Report();
var log = Console.Error;
var root = BenchWorkflows.CreateFolder(repo);
var database = await cluster.CreateDatabaseAsync(options.Database);
log.WriteLine($"bench: {(options.Quick ? "quick" : "full")} run, {options.Clients} clients, {Environment.ProcessorCount} cores, database {options.Database}, ports {options.PortBase}-{options.PortBase + 1}");
foreach (var (key, value) in options.ServerEnvironment)
{
    log.WriteLine($"bench: servers start with {key}={value}");
}

await using var first = await ServerProcess.StartAsync(repo, database, root, options.PortBase, options.ServerEnvironment);
report.Add("start-up to ready (all workflows/ imported)", first.StartUp.TotalSeconds, "s", "≤ 3", first.StartUp.TotalSeconds <= 3);
var validate = Stopwatch.StartNew();
Cluster.Run("dotnet", $"\"{Path.Combine(repo, "src", "Workflows.Cli", "bin", "Release", "net10.0", "workflows.dll")}\" validate \"{Path.Combine(repo, "workflows")}\"");
validate.Stop();
report.Add("workflows validate workflows/ (whole command)", validate.Elapsed.TotalSeconds, "s", "≤ 1", validate.Elapsed.TotalSeconds <= 1);
ValidationScenario.Run(report, options.ValidationRounds);

log.WriteLine("bench: pgbench baseline");
var pgTps = await cluster.PgBenchTpsAsync(options.Database + "_pgbench", options.Clients, options.PgBenchDuration);
report.Add("pgbench simple-update (same cluster, same clients)", pgTps, "tps");

// One real instance anchors the timer rows; then the pending mass that every later phase runs with.
using var seed = new LoadDriver([first.Url], 1);
var (seedTasks, _) = await seed.StartAsync(1, "SEED");
var anchorTask = seedTasks.Single();
var anchorInstance = await Cluster.ScalarAsync<Guid>(database, $"SELECT instance_id FROM workflows.tasks WHERE id = '{anchorTask}'");
var timers = new TimerScenario(database, anchorInstance, anchorTask);
log.WriteLine($"bench: {options.PendingDeadlines:N0} pending deadlines");
await timers.AddPendingAsync(options.PendingDeadlines);
await Cluster.ExecuteAsync(database, "ANALYZE");

log.WriteLine($"bench: task throughput, 1 node, {options.Instances:N0} cases");
using var cancelProbes = new CancellationTokenSource();
var probes = Task.Run(async () =>
{
    while (!cancelProbes.IsCancellationRequested)
    {
        await timers.AddDueAsync("bench-lag", 5, 1.0);
        await Task.Delay(100);
    }
});
var one = await ThroughputAsync([first.Url], options.Instances, "ONE");
await cancelProbes.CancelAsync();
await probes;
await Task.Delay(1500);
var ratio = one.CompletionsPerSecond / pgTps;
report.Add("starts/s (1 node)", one.StartsPerSecond, "1/s");
report.Add("task completions/s (1 node)", one.CompletionsPerSecond, "1/s");
report.Add(Report.RatioMetric, ratio, "", "≥ 0.25", ratio >= 0.25);
report.Add("completion latency p50", one.P50, "ms");
report.Add("completion latency p95", one.P95, "ms");
report.Add("completion latency p99", one.P99, "ms", "≤ 50", one.P99 <= 50);
var lag = await timers.LagP99Async("bench-lag");
report.Add($"deadline lag p99 under load ({options.PendingDeadlines:N0} pending)", lag, "s", "≤ 1", lag <= 1);

log.WriteLine("bench: task throughput, 2 nodes");
await using (var second = await ServerProcess.StartAsync(repo, database, root, options.PortBase + 1, options.ServerEnvironment))
{
    var two = await ThroughputAsync([first.Url, second.Url], options.Instances, "TWO");
    report.Add("task completions/s (2 nodes, one database)", two.CompletionsPerSecond, "1/s");
    report.Add("scaling 2 nodes ÷ 1 node", two.CompletionsPerSecond / one.CompletionsPerSecond, "");

    log.WriteLine($"bench: {options.SimultaneousDeadlines:N0} deadlines due in the same second");
    var due = await timers.AddDueAsync("bench-burst", options.SimultaneousDeadlines, 3.0);
    var burst = await timers.WaitForBurstAsync("bench-burst", options.SimultaneousDeadlines, due, TimeSpan.FromSeconds(60));
    report.Add($"{options.SimultaneousDeadlines:N0} simultaneous deadlines all escalated after", burst.TotalSeconds, "s", "≤ 5", burst.TotalSeconds <= 5);
}

// The footprint twice, after the same work: the server's RSS must stay under the target and not grow with the open cases.
var pid = ServerPid.Of(options.PortBase);
var low = await FootprintAtAsync(options.OpenInstancesFirst, options.OpenInstancesFirst, "FOOT1");
var high = await FootprintAtAsync(options.OpenInstancesForFootprint, options.OpenInstancesForFootprint - options.OpenInstancesFirst, "FOOT2");
report.Add($"server RSS with {options.OpenInstancesFirst:N0}+ open cases", low.RssMiB, "MiB", "≤ 300", low.RssMiB <= 300);
low.AddTo(report, $"at {options.OpenInstancesFirst:N0}");
report.Add($"server RSS with {options.OpenInstancesForFootprint:N0}+ open cases", high.RssMiB, "MiB", "≤ 300", high.RssMiB <= 300);
high.AddTo(report, $"at {options.OpenInstancesForFootprint:N0}");
var growth = high.RssMiB - low.RssMiB;
report.Add($"RSS growth {options.OpenInstancesFirst:N0} → {options.OpenInstancesForFootprint:N0} open cases (flat)", growth, "MiB", "≤ 10", growth <= 10);

// The peer runs with the servers stopped, so it has the same cores the servers had.
await first.DisposeAsync();
if (options.Peer)
{
    await PeerComparison.RunAsync(report, options, root, one, log);
}

report.Print(Console.Out);
var file = report.Save(Path.Combine(repo, "bench-results"), options.Quick ? "quick-" : "",
    new
    {
        options.Quick,
        options.Clients,
        options.Instances,
        options.PendingDeadlines,
        options.SimultaneousDeadlines,
        options.OpenInstancesFirst,
        options.OpenInstancesForFootprint,
        options.Peer,
        options.ServerEnvironment,
        Environment.ProcessorCount,
        at = DateTimeOffset.UtcNow,
    });
Console.WriteLine($"\nwritten: {Path.GetRelativePath(repo, file)}");
await Cluster.ExecuteAsync(cluster.Url, $"DROP DATABASE IF EXISTS {options.Database} WITH (FORCE)");
Directory.Delete(root, recursive: true);
return 0;

async Task<Throughput> ThroughputAsync(IReadOnlyList<string> nodes, int instances, string prefix)
{
    using var driver = new LoadDriver(nodes, options.Clients);
    var (tasks, startElapsed) = await driver.StartAsync(instances, prefix);
    var (completions, completeElapsed) = await driver.CompleteAllAsync(tasks);
    return new Throughput(
        instances / startElapsed.TotalSeconds,
        completions / completeElapsed.TotalSeconds,
        driver.CompleteLatencies.Percentile(50),
        driver.CompleteLatencies.Percentile(95),
        driver.CompleteLatencies.Percentile(99),
        instances / (startElapsed + completeElapsed).TotalSeconds);
}

// Clones open cases up to the given count, works through the server as every reading does, then reads its memory.
async Task<Footprint> FootprintAtAsync(int openCases, int added, string prefix)
{
    log.WriteLine($"bench: footprint with {openCases:N0} open cases");
    await timers.AddOpenInstancesAsync(added);
    // Work through the server after the clones exist, so the figure is of a server that has been serving.
    await ThroughputAsync([first.Url], Math.Min(200, options.Instances), prefix);
    return await Footprint.ReadAsync(pid, repo);
}
