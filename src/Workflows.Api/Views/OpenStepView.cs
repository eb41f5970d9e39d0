using Workflows.Core.Definitions;
using Workflows.Core.Runtime;

namespace Workflows.Api.Views;

/// <summary>
/// A step the instance is in: a task (with its mutu baku window), or a wait on a message, timer or sub-process.
/// <see cref="Provisional"/> when <see cref="Due"/> (or a wait's <see cref="TimerAt"/>) counted office time on dates
/// beyond the calendar's coverage, so a holiday decree not yet in the calendar may still move it.
/// </summary>
public sealed record OpenStepView(
    Guid TaskId,
    string Step,
    string Title,
    string Kind,
    string WaitingFor,
    string? ActorRole,
    string? Assignee,
    string? Duration,
    DateTimeOffset OpenedAt,
    DateTimeOffset? Earliest,
    DateTimeOffset? Due,
    IReadOnlyList<string> Requires,
    IReadOnlyList<string> Produces,
    IReadOnlyList<string> Outcomes,
    string? Message,
    DateTimeOffset? TimerAt,
    Guid? ChildInstanceId,
    bool Provisional)
{
    public static OpenStepView From(OpenStep open, WorkflowDefinition definition, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(definition);
        var step = definition.Step(open.StepId);
        return new(
            open.TaskId,
            open.StepId,
            step.Title,
            open.Kind.Name(),
            open.WaitingFor.ToString().ToLowerInvariant(),
            open.ActorRole,
            open.Assignee,
            step.Duration.HasStandard ? step.Duration.ToString() : null,
            open.OpenedAt.In(zone),
            open.Earliest.In(zone),
            open.Due.In(zone),
            step.Requires,
            step.Produces,
            [.. step.Outcomes.Select(o => o.Name)],
            open.Message,
            open.TimerAt.In(zone),
            open.ChildInstanceId,
            open.Provisional);
    }
}
