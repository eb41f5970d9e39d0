using System.Collections.Immutable;

namespace Workflows.Core.Runtime;

/// <summary>Something the shell must carry out (persist, schedule, send) because a command was applied.</summary>
public abstract record InstanceEffect;

/// <summary>A step was entered: a task for the inbox, or a wait on a message, timer or sub-process.</summary>
public sealed record StepOpened(OpenStep Task) : InstanceEffect;

/// <summary>A step was left. <see cref="Outcome"/> is the decision taken, or the sub-process result.</summary>
public sealed record StepClosed(Guid TaskId, string StepId, TaskCloseReason Reason, string? Outcome, string By) : InstanceEffect;

/// <summary>A task was claimed, released or reassigned.</summary>
public sealed record AssigneeChanged(Guid TaskId, string? Assignee, string? Previous) : InstanceEffect;

/// <summary>A document became part of the instance.</summary>
public sealed record DocumentRecorded(DocumentRecord Document) : InstanceEffect;

/// <summary>The mutu baku of an opened step: it should not finish before <see cref="Earliest"/> and is late after <see cref="Due"/>.</summary>
public sealed record DeadlineSet(Guid TaskId, string StepId, DateTimeOffset? Earliest, DateTimeOffset Due) : InstanceEffect;

/// <summary>A wait step needs <see cref="FireTimer"/> at <see cref="At"/>.</summary>
public sealed record TimerScheduled(Guid TaskId, string StepId, DateTimeOffset At) : InstanceEffect;

/// <summary>A send step hands documents to an external party.</summary>
public sealed record MessageDispatched(
    Guid TaskId,
    string StepId,
    string To,
    string Message,
    ImmutableArray<Guid> DocumentIds) : InstanceEffect;

/// <summary>
/// A call step starts another definition as a sub-process, linked back through <see cref="Parent"/>. It receives the
/// parent's data fields and documents that it declares itself.
/// </summary>
public sealed record SubProcessRequested(
    ParentLink Parent,
    Guid ChildInstanceId,
    string DefinitionId,
    string BusinessKey,
    ImmutableSortedDictionary<string, object?> Data,
    ImmutableArray<DocumentRecord> Documents) : InstanceEffect;

/// <summary>A sub-process must be cancelled because its parent was.</summary>
public sealed record SubProcessCancelRequested(Guid ChildInstanceId) : InstanceEffect;

/// <summary>The instance reached an end step.</summary>
public sealed record EndReached(string? Result, ParentLink? Parent) : InstanceEffect;

/// <summary>The instance was cancelled.</summary>
public sealed record CancelApplied(string Reason, ParentLink? Parent) : InstanceEffect;

/// <summary>A line for the audit trail.</summary>
public sealed record Audited(AuditEntry Entry) : InstanceEffect;
