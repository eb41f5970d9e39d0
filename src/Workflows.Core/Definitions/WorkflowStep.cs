using System.Collections.Immutable;
using Workflows.Core.Time;

namespace Workflows.Core.Definitions;

/// <summary>
/// One compiled step. Fields that do not apply to <see cref="Kind"/> are empty or null; the validator guarantees
/// that the ones a kind needs are present and point at declared roles, documents, fields and steps.
/// </summary>
public sealed record WorkflowStep(
    string Id,
    string Title,
    StepKind Kind,
    string? Actor,
    ImmutableArray<string> Requires,
    ImmutableArray<string> Produces,
    MutuBaku Duration,
    string? Note,
    ImmutableArray<Transition> Next,
    ImmutableArray<DecisionOutcome> Outcomes,
    ImmutableArray<string> Branches,
    string? Join,
    string? Counterparty,
    string? Message,
    string? UntilField,
    string? CalledDefinition,
    string? Result,
    bool PauseWhenAway = false)
{
    /// <summary>Every step this one can lead to directly, in declaration order.</summary>
    public IEnumerable<string> Targets =>
        Kind switch
        {
            StepKind.Decision => Outcomes.Select(o => o.Target),
            StepKind.Parallel => Branches,
            StepKind.Task or StepKind.Receive or StepKind.Send or StepKind.Wait or StepKind.Call or StepKind.End => Next.Select(t => t.Target),
        };
}
