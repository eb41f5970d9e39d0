namespace Workflows.Benchmarks;

/// <summary>
/// The sizes of one run: <c>--quick</c> for the one-minute version, defaults for the full table;
/// <c>--validation-only</c> measures just the definition reader and validator, with no server or database.
/// <c>--database</c> and <c>--port-base</c> let a second run share the cluster and the machine without colliding;
/// <c>--server-env KEY=VALUE</c> (repeatable) starts the servers with an extra environment variable, such as a GC setting;
/// <c>--no-peer</c> skips the WorkflowCore side-by-side phase.
/// </summary>
internal sealed record BenchOptions(
    bool Quick,
    bool ValidationOnly,
    int Clients,
    int Instances,
    TimeSpan PgBenchDuration,
    int PendingDeadlines,
    int SimultaneousDeadlines,
    int OpenInstancesFirst,
    int OpenInstancesForFootprint)
{
    public string Database { get; init; } = "workflows_bench";

    public int PortBase { get; init; } = 5181;

    public bool Peer { get; init; } = true;

    public IReadOnlyDictionary<string, string> ServerEnvironment { get; init; } = new Dictionary<string, string>();

    public static BenchOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var validationOnly = args.Contains("--validation-only");
        var clients = Value(args, "--clients") ?? 16;
        var options = quick
            ? new BenchOptions(true, validationOnly, clients, Value(args, "--instances") ?? 400, TimeSpan.FromSeconds(5), 100_000, 2_000, 2_000, 10_000)
            : new BenchOptions(false, validationOnly, clients, Value(args, "--instances") ?? 5_000, TimeSpan.FromSeconds(15), 1_000_000, 10_000, 10_000, 100_000);
        var database = Text(args, "--database") ?? options.Database;
        if (!System.Text.RegularExpressions.Regex.IsMatch(database, "^[a-z_][a-z0-9_]{0,40}$"))
        {
            throw new ArgumentException($"--database '{database}': lower-case letters, digits and underscores only", nameof(args));
        }

        return options with
        {
            PendingDeadlines = Value(args, "--pending") ?? options.PendingDeadlines,
            SimultaneousDeadlines = Value(args, "--burst") ?? options.SimultaneousDeadlines,
            Database = database,
            PortBase = Value(args, "--port-base") ?? options.PortBase,
            Peer = !args.Contains("--no-peer"),
            ServerEnvironment = args.Select((a, i) => a == "--server-env" && i + 1 < args.Length ? args[i + 1] : null)
                .OfType<string>()
                .Select(pair => pair.Split('=', 2))
                .Where(pair => pair.Length == 2)
                .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal),
        };
    }

    /// <summary>Rounds of the validation scenario; the median is reported.</summary>
    public int ValidationRounds => Quick ? 3 : 10;

    /// <summary>How long the pure <c>Apply</c> loop runs at least, so its rate is not a few milliseconds' worth.</summary>
    public TimeSpan ApplyDuration => TimeSpan.FromSeconds(Quick ? 1 : 3);

    private static int? Value(string[] args, string name) =>
        int.TryParse(Text(args, name), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
