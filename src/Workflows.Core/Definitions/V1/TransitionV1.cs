using Workflows.Core.Diagnostics;

namespace Workflows.Core.Definitions.V1;

/// <summary><c>next: step</c>, or one entry of <c>next: [{ to: step, when: condition }]</c>.</summary>
public sealed class TransitionV1
{
    public SourcePosition Position { get; init; }

    public Located<string>? To { get; init; }

    public Located<string>? When { get; init; }
}
