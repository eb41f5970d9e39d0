using Workflows.Core.Definitions;

namespace Workflows.Core.Runtime;

/// <summary>
/// A step that has been entered and not yet left — a task in the staff's inbox, or a wait on a message, timer or
/// sub-process. <see cref="Fork"/> is the innermost parallel block the step runs in (null outside any).
/// <see cref="Provisional"/> when <see cref="Due"/> (or a wait's <see cref="TimerAt"/>) counted dates outside the
/// calendar's coverage, so a holiday decree not yet in the calendar may still move it.
/// </summary>
public sealed record OpenStep(
    Guid TaskId,
    string StepId,
    StepKind Kind,
    WaitingFor WaitingFor,
    string? ActorRole,
    string? Assignee,
    DateTimeOffset OpenedAt,
    DateTimeOffset? Earliest,
    DateTimeOffset? Due,
    Guid? Fork,
    string? Message,
    DateTimeOffset? TimerAt,
    Guid? ChildInstanceId,
    bool Provisional = false);
