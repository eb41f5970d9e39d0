namespace Workflows.Benchmarks;

/// <summary>
/// One throughput phase over HTTP: starts per second, task completions per second, completion latency percentiles,
/// and instances carried from start to end (start plus three tasks) per second of the two phases together.
/// </summary>
internal sealed record Throughput(double StartsPerSecond, double CompletionsPerSecond, double P50, double P95, double P99, double InstancesPerSecond);
