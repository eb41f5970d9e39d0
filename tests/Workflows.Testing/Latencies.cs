using System.Collections.Concurrent;

namespace Workflows.Testing;

/// <summary>Request latencies of one phase, for percentiles.</summary>
public sealed class Latencies
{
    private readonly ConcurrentBag<double> milliseconds = [];

    public int Count => milliseconds.Count;

    public void Add(TimeSpan elapsed) => milliseconds.Add(elapsed.TotalMilliseconds);

    public double Percentile(double p)
    {
        var sorted = milliseconds.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
