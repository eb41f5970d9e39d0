using System.Collections.Concurrent;
using System.Diagnostics;

namespace Workflows.Api.Tests.Support;

/// <summary>
/// Counts the database round trips of one request: every command or batch Npgsql sends (its activities, whether EF Core
/// or plain Npgsql sent it) and every commit and rollback EF Core asks for (<see cref="RoundTripInterceptor"/>).
/// A request that carries <see cref="Header"/> is counted (<see cref="RoundTripMiddleware"/>); the count is in the
/// answer's <see cref="CountHeader"/> and the statements under the probe's name in <see cref="Of"/>. Work of background
/// workers runs outside any request's flow and is not counted. A BEGIN is not a round trip: Npgsql sends it with the
/// transaction's first command.
/// </summary>
public static class RoundTrips
{
    public const string Header = "X-Count-Round-Trips";
    public const string CountHeader = "X-Round-Trips";

    private static readonly AsyncLocal<List<string>?> Current = new();
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Seen = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static ActivityListener? listener;

    /// <summary>The round trips, in order, of the request that carried the probe <paramref name="probe"/>.</summary>
    public static IReadOnlyList<string> Of(string probe) => Seen[probe];

    /// <summary>Listens to Npgsql's commands from now on (once per process).</summary>
    internal static void Listen()
    {
        lock (Gate)
        {
            if (listener is not null)
            {
                return;
            }

            listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Npgsql",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => Current.Value is null ? ActivitySamplingResult.None : ActivitySamplingResult.AllData,
                // Npgsql tags the statement after the activity starts: the list is taken at the start (the request's
                // flow) and the statement written at the end.
                ActivityStarted = activity => activity.SetCustomProperty(nameof(RoundTrips), Current.Value),
                ActivityStopped = activity => Add(activity.GetCustomProperty(nameof(RoundTrips)) as List<string>,
                    (activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement"))?.ToString() ?? activity.DisplayName),
            };
            ActivitySource.AddActivityListener(listener);
        }
    }

    /// <summary>Starts counting for the current request's flow and returns the list the round trips go to.</summary>
    internal static List<string> Begin() => Current.Value = [];

    /// <summary>
    /// Counts the round trips of the caller's own flow from now on, for a test that drives a worker directly (a timer
    /// batch): the list grows as the flow sends commands; read it under its lock or once the work is done.
    /// </summary>
    internal static List<string> Measure()
    {
        Listen();
        return Begin();
    }

    /// <summary>Statements in the round trips: those of a batch or of a command with several, each.</summary>
    internal static int Statements(IEnumerable<string> trips) =>
        trips.Sum(text => Math.Max(1, text.Split(';').Count(part => !string.IsNullOrWhiteSpace(part))));

    /// <summary>The texts sent (their first lines), with how often each was sent, most frequent first.</summary>
    internal static IEnumerable<string> Summary(IEnumerable<string> trips) =>
        trips.GroupBy(text => text.Split('\n')[0].Trim()).OrderByDescending(g => g.Count()).Select(g => $"{g.Count(),5} × {g.Key[..Math.Min(g.Key.Length, 140)]}");

    internal static void Keep(string probe, List<string> trips)
    {
        lock (trips)
        {
            Seen[probe] = [.. trips];
        }
    }

    internal static void Count(string what) => Add(Current.Value, what);

    private static void Add(List<string>? trips, string what)
    {
        if (trips is not null)
        {
            lock (trips)
            {
                trips.Add(what);
            }
        }
    }
}
