using System.Collections.Concurrent;
using System.Diagnostics;

namespace Workflows.Api.Tests.Support;

/// <summary>
/// Counts what the server sends PostgreSQL inside a span the test opens: Npgsql traces every command and every batch
/// as one activity (one round trip; the commit that ends a transaction is one more, not traced), and its text says how
/// many statements it carried. Only activities started under <see cref="Measure"/> count, so the other workers of the
/// same server and the other servers of the test run are left out.
/// </summary>
internal sealed class RoundTripCounter : IDisposable
{
    private static readonly ActivitySource Source = new("Workflows.Api.Tests.RoundTrips");

    private readonly ActivityListener listener;
    private readonly ConcurrentQueue<string> sent = new();

    public RoundTripCounter()
    {
        // The marker source exists before the listener asks which sources to listen to.
        ArgumentNullException.ThrowIfNull(Source);
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql" || source == Source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>Round trips counted so far.</summary>
    public int RoundTrips => sent.Count;

    /// <summary>Statements counted so far: those of a batch or of a command with several, each.</summary>
    public int Statements => sent.Sum(StatementsIn);

    /// <summary>The commands sent, with how often each text was sent (the first line of its text), most frequent first.</summary>
    public IEnumerable<string> Summary() =>
        sent.GroupBy(text => text.Split('\n')[0].Trim()).OrderByDescending(g => g.Count()).Select(g => $"{g.Count(),5} × {g.Key[..Math.Min(g.Key.Length, 140)]}");

    /// <summary>Opens the span whose commands count; dispose it to close.</summary>
    public static Activity Measure() => Source.StartActivity("measured") ?? throw new InvalidOperationException("The counter is not listening.");

    public void Dispose() => listener.Dispose();

    private static int StatementsIn(string text) =>
        Math.Max(1, text.Split(';').Count(part => !string.IsNullOrWhiteSpace(part)));

    private void Stopped(Activity activity)
    {
        if (activity.Source.Name != "Npgsql")
        {
            return;
        }

        for (var parent = activity.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent.Source == Source)
            {
                sent.Enqueue(activity.GetTagItem("db.query.text") as string ?? activity.DisplayName);
                return;
            }
        }
    }
}
