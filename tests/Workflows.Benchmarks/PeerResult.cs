namespace Workflows.Benchmarks;

/// <summary>
/// One engine's run of the three-step workflow for <see cref="Instances"/> instances: instances completed (start plus
/// three steps) per second, and for an event-driven run, the latency from the event to its step having moved on.
/// </summary>
internal sealed record PeerResult(int Instances, TimeSpan Elapsed, double P50, double P99)
{
    public double InstancesPerSecond => Instances / Elapsed.TotalSeconds;

    /// <summary>The three task completions (events) of each instance, per second.</summary>
    public double StepsPerSecond => 3 * InstancesPerSecond;
}
