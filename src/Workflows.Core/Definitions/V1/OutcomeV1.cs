namespace Workflows.Core.Definitions.V1;

/// <summary>A decision outcome: <c>name: step</c> or <c>name: { next, when, title }</c>.</summary>
public sealed class OutcomeV1
{
    public required Located<string> Name { get; init; }

    public Located<string>? Title { get; init; }

    public Located<string>? Next { get; init; }

    public Located<string>? When { get; init; }
}
