using Workflows.Core.Diagnostics;

namespace Workflows.Core.Definitions.V1;

/// <summary>One row of the SOP table. Which keys apply depends on <see cref="Kind"/>; the validator says which do not.</summary>
public sealed class StepV1
{
    public SourcePosition Position { get; init; }

    /// <summary>Keys written in the file, with their positions, so that misplaced ones can be reported.</summary>
    public IReadOnlyDictionary<string, SourcePosition> Keys { get; init; } = new Dictionary<string, SourcePosition>();

    public Located<string>? Id { get; init; }

    public Located<string>? Title { get; init; }

    public Located<string>? Kind { get; init; }

    public Located<string>? Actor { get; init; }

    public IReadOnlyList<Located<string>> Requires { get; init; } = [];

    public IReadOnlyList<Located<string>> Produces { get; init; } = [];

    public Located<string>? Duration { get; init; }

    public Located<string>? Note { get; init; }

    /// <summary>The deadline is extended by the working time the assignee is away (the seeds' "jika tidak DL").</summary>
    public Located<bool>? PauseWhenAway { get; init; }

    public IReadOnlyList<TransitionV1> Next { get; init; } = [];

    public IReadOnlyList<OutcomeV1> Outcomes { get; init; } = [];

    public IReadOnlyList<Located<string>> Branches { get; init; } = [];

    public Located<string>? Join { get; init; }

    /// <summary>The external party a <c>receive</c> step waits for.</summary>
    public Located<string>? From { get; init; }

    /// <summary>The external party a <c>send</c> step hands documents to.</summary>
    public Located<string>? To { get; init; }

    public Located<string>? Message { get; init; }

    /// <summary>A <c>wait</c> step's date field in <c>data</c>.</summary>
    public Located<string>? Until { get; init; }

    /// <summary>A <c>call</c> step's sub-process definition id.</summary>
    public Located<string>? Definition { get; init; }

    /// <summary>An <c>end</c> step's result, e.g. <c>approved</c> or <c>rejected</c>.</summary>
    public Located<string>? Result { get; init; }
}
