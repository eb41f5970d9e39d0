using Workflows.Testing;

namespace Workflows.Benchmarks;

/// <summary>
/// The side-by-side rows: WorkflowCore 3.22 in memory against this engine twice, once as served (HTTP, token check,
/// PostgreSQL, outbox; from the 1-node phase) and once as the bare state machine (<see cref="PureApplyScenario"/>), so
/// neither side is compared only with the other's plumbing. Runs after the servers are stopped, on the same cores, with
/// the same clients and instances.
/// </summary>
internal static class PeerComparison
{
    public static async Task RunAsync(Report report, BenchOptions options, string workflowsRoot, Throughput served, TextWriter log)
    {
        log.WriteLine($"bench: pure WorkflowEngine.Apply, {options.Clients} workers, at least {options.ApplyDuration.TotalSeconds:0} s");
        var apply = PureApplyScenario.Run(workflowsRoot, options.Clients, options.Instances, options.ApplyDuration);
        log.WriteLine(
            $"bench: WorkflowCore 3.22 in memory, {options.Clients} clients, {options.Instances:N0} instances " +
            $"(idle time {WorkflowCoreScenario.IdleTime.TotalMilliseconds} ms, poll interval {WorkflowCoreScenario.PollInterval.TotalMilliseconds} ms)");
        var peer = await WorkflowCoreScenario.RunAsync(options.Clients, options.Instances);

        report.Add("Workflows served: instances done/s (start + 3 tasks; HTTP, auth, PostgreSQL, outbox)", served.InstancesPerSecond, "1/s");
        report.Add("Workflows served: task completions/s (HTTP, auth, PostgreSQL, outbox)", served.CompletionsPerSecond, "1/s");
        report.Add("Workflows served: completion latency p99 (request → committed)", served.P99, "ms");
        report.Add("Workflows pure Apply: instances done/s (in-process; no DB, no HTTP, no durability)", apply.InstancesPerSecond, "1/s");
        report.Add("Workflows pure Apply: completions/s (in-process; no DB, no HTTP, no durability)", apply.StepsPerSecond, "1/s");
        report.Add("Workflows pure Apply: completion p99 (one Apply call)", apply.P99, "ms");
        report.Add("WorkflowCore 3.22 in-memory: instances done/s (start + 3 events; no HTTP, no durability)", peer.InstancesPerSecond, "1/s");
        report.Add("WorkflowCore 3.22 in-memory: event completions/s (in-process; no HTTP, no durability)", peer.StepsPerSecond, "1/s");
        report.Add("WorkflowCore 3.22 in-memory: event→step latency p50", peer.P50, "ms");
        report.Add("WorkflowCore 3.22 in-memory: event→step latency p99", peer.P99, "ms");
        report.Add("WorkflowCore idle time setting (UseIdleTime; default 100)", WorkflowCoreScenario.IdleTime.TotalMilliseconds, "ms");
        report.Add("WorkflowCore poll interval setting (UsePollInterval; default 10000)", WorkflowCoreScenario.PollInterval.TotalMilliseconds, "ms");
        report.Add("Workflows served ÷ WorkflowCore in-memory, instances done/s", served.InstancesPerSecond / peer.InstancesPerSecond, "");
        report.Add("Workflows pure Apply ÷ WorkflowCore in-memory, instances done/s", apply.InstancesPerSecond / peer.InstancesPerSecond, "");
    }
}
