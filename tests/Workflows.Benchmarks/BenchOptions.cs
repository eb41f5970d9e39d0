namespace Workflows.Benchmarks;

/// <summary>
/// The sizes of one run: <c>--quick</c> for the one-minute version, defaults for the full table;
/// <c>--validation-only</c> measures just the definition reader and validator, with no server or database.
/// </summary>
internal sealed record BenchOptions(
    bool Quick,
    bool ValidationOnly,
    int Clients,
    int Instances,
    TimeSpan PgBenchDuration,
    int PendingDeadlines,
    int SimultaneousDeadlines,
    int OpenInstancesForFootprint)
{
    public static BenchOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var validationOnly = args.Contains("--validation-only");
        var clients = Value(args, "--clients") ?? 16;
        var options = quick
            ? new BenchOptions(true, validationOnly, clients, Value(args, "--instances") ?? 400, TimeSpan.FromSeconds(5), 100_000, 2_000, 10_000)
            : new BenchOptions(false, validationOnly, clients, Value(args, "--instances") ?? 5_000, TimeSpan.FromSeconds(15), 1_000_000, 10_000, 100_000);
        return options with
        {
            PendingDeadlines = Value(args, "--pending") ?? options.PendingDeadlines,
            SimultaneousDeadlines = Value(args, "--burst") ?? options.SimultaneousDeadlines,
        };
    }

    /// <summary>Rounds of the validation scenario; the median is reported.</summary>
    public int ValidationRounds => Quick ? 3 : 10;

    private static int? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
