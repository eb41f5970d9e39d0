namespace Workflows.Core.Definitions;

/// <summary>
/// The YAML names of step kinds and the keys that apply to each. Every <c>switch</c> over <see cref="StepKind"/> in the
/// code names each kind and has no discard, so a kind added to the enum fails the build (CS8509) until every place
/// that must handle it does.
/// </summary>
public static class StepKinds
{
    private static readonly string[] Common = ["id", "title", "kind", "note"];

    private static readonly StepKind[] All = Enum.GetValues<StepKind>();

    /// <summary>Every key a step may have, whatever its kind: what the reader accepts.</summary>
    public static IReadOnlyList<string> AllKeys { get; } = [.. Common.Concat(All.SelectMany(KeysOf)).Distinct()];

    public static string Name(this StepKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string text, out StepKind kind) =>
        EnumNames.TryParse(text, Name, out kind);

    public static IEnumerable<string> AllNames => All.Select(Name);

    public static bool Allows(this StepKind kind, string key) => Common.Contains(key) || KeysOf(kind).Contains(key);

    /// <summary>Kinds that continue through <c>next</c>.</summary>
    public static bool HasNext(this StepKind kind) => kind switch
    {
        StepKind.Task or StepKind.Receive or StepKind.Send or StepKind.Wait or StepKind.Call => true,
        StepKind.Decision or StepKind.Parallel or StepKind.End => false,
    };

    private static string[] KeysOf(StepKind kind) => kind switch
    {
        StepKind.Task => ["actor", "requires", "produces", "duration", "pause_when_away", "next"],
        StepKind.Decision => ["actor", "requires", "produces", "duration", "pause_when_away", "outcomes"],
        StepKind.Parallel => ["branches", "join"],
        StepKind.Receive => ["actor", "from", "message", "produces", "duration", "pause_when_away", "next"],
        StepKind.Send => ["actor", "to", "message", "requires", "produces", "duration", "pause_when_away", "next"],
        StepKind.Wait => ["duration", "until", "next"],
        StepKind.Call => ["actor", "definition", "requires", "produces", "duration", "pause_when_away", "next"],
        StepKind.End => ["result"],
    };
}
