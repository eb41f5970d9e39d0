namespace Workflows.Core.Definitions;

/// <summary>The YAML names of step kinds and the keys that apply to each.</summary>
public static class StepKinds
{
    private static readonly string[] Common = ["id", "title", "kind", "note"];

    private static readonly Dictionary<StepKind, string[]> Keys = new()
    {
        [StepKind.Task] = ["actor", "requires", "produces", "duration", "pause_when_away", "next"],
        [StepKind.Decision] = ["actor", "requires", "produces", "duration", "pause_when_away", "outcomes"],
        [StepKind.Parallel] = ["branches", "join"],
        [StepKind.Receive] = ["actor", "from", "message", "produces", "duration", "pause_when_away", "next"],
        [StepKind.Send] = ["actor", "to", "message", "requires", "produces", "duration", "pause_when_away", "next"],
        [StepKind.Wait] = ["duration", "until", "next"],
        [StepKind.Call] = ["actor", "definition", "requires", "produces", "duration", "pause_when_away", "next"],
        [StepKind.End] = ["result"],
    };

    /// <summary>Every key a step may have, whatever its kind: what the reader accepts.</summary>
    public static IReadOnlyList<string> AllKeys { get; } = [.. Common.Concat(Keys.Values.SelectMany(k => k)).Distinct()];

    public static string Name(this StepKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string text, out StepKind kind) =>
        EnumNames.TryParse(text, Name, out kind);

    public static IEnumerable<string> AllNames => Keys.Keys.Select(Name);

    public static bool Allows(this StepKind kind, string key) => Common.Contains(key) || Keys[kind].Contains(key);

    /// <summary>Kinds that continue through <c>next</c>.</summary>
    public static bool HasNext(this StepKind kind) => kind is not (StepKind.Decision or StepKind.Parallel or StepKind.End);
}
