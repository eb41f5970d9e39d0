namespace Workflows.Contracts.V1;

/// <summary>A step was entered: a task for an actor role, or a wait on a message.</summary>
/// <param name="EventId">Unique per event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Agency">The instance's agency.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">The definition.</param>
/// <param name="BusinessKey">The instance's business key.</param>
/// <param name="TaskId">The task.</param>
/// <param name="StepId">The step.</param>
/// <param name="StepTitle">The step's title as the SOP writes it.</param>
/// <param name="ActorRole">The <i>pelaksana</i> role, if a person does it.</param>
/// <param name="WaitingFor"><c>actor</c>, <c>message</c>, <c>timer</c> or <c>sub-process</c>.</param>
/// <param name="Due">Its mutu baku due time, if it has one.</param>
/// <param name="DueProvisional">
/// Whether <paramref name="Due"/> (or a wait's timer) counted office time on dates beyond its calendar's coverage, so a
/// holiday decree not yet in the calendar may still move it.
/// </param>
public sealed record TaskOpened(
    Guid EventId, DateTimeOffset OccurredAt, string Agency, Guid InstanceId, string DefinitionId, string BusinessKey,
    Guid TaskId, string StepId, string StepTitle, string? ActorRole, string WaitingFor, DateTimeOffset? Due,
    bool DueProvisional = false) : IWorkflowEvent;

/// <summary>A task was claimed, released or reassigned.</summary>
/// <param name="EventId">Unique per event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Agency">The instance's agency.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">The definition.</param>
/// <param name="BusinessKey">The instance's business key.</param>
/// <param name="TaskId">The task.</param>
/// <param name="StepId">The step.</param>
/// <param name="Assignee">The new assignee; null when it went back to the role.</param>
/// <param name="Previous">The previous assignee.</param>
public sealed record TaskAssigned(
    Guid EventId, DateTimeOffset OccurredAt, string Agency, Guid InstanceId, string DefinitionId, string BusinessKey,
    Guid TaskId, string StepId, string? Assignee, string? Previous) : IWorkflowEvent;

/// <summary>A step was left: completed by a person, or its message, timer or sub-process arrived.</summary>
/// <param name="EventId">Unique per event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Agency">The instance's agency.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">The definition.</param>
/// <param name="BusinessKey">The instance's business key.</param>
/// <param name="TaskId">The task.</param>
/// <param name="StepId">The step.</param>
/// <param name="Outcome">The decision taken, if any.</param>
/// <param name="CompletedBy">Who completed it.</param>
public sealed record TaskCompleted(
    Guid EventId, DateTimeOffset OccurredAt, string Agency, Guid InstanceId, string DefinitionId, string BusinessKey,
    Guid TaskId, string StepId, string? Outcome, string CompletedBy) : IWorkflowEvent;

/// <summary>The assignee (or the role) is reminded that a task comes due.</summary>
/// <param name="EventId">Unique per event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Agency">The instance's agency.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">The definition.</param>
/// <param name="BusinessKey">The instance's business key.</param>
/// <param name="TaskId">The task.</param>
/// <param name="StepId">The step.</param>
/// <param name="ActorRole">The step's actor role.</param>
/// <param name="Assignee">Who claimed it, if anyone.</param>
/// <param name="Due">When it is due.</param>
/// <param name="DueProvisional">Whether <paramref name="Due"/> counted office time on dates beyond its calendar's coverage.</param>
public sealed record TaskReminder(
    Guid EventId, DateTimeOffset OccurredAt, string Agency, Guid InstanceId, string DefinitionId, string BusinessKey,
    Guid TaskId, string StepId, string? ActorRole, string? Assignee, DateTimeOffset Due, bool DueProvisional = false) : IWorkflowEvent;

/// <summary>A task passed its mutu baku while still open.</summary>
/// <param name="EventId">Unique per event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Agency">The instance's agency.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">The definition.</param>
/// <param name="BusinessKey">The instance's business key.</param>
/// <param name="TaskId">The task.</param>
/// <param name="StepId">The step.</param>
/// <param name="ActorRole">The step's actor role.</param>
/// <param name="Assignee">Who claimed it, if anyone.</param>
/// <param name="Due">When it was due.</param>
/// <param name="DueProvisional">
/// Whether <paramref name="Due"/> counted office time on dates beyond its calendar's coverage (the task is overdue all
/// the same: a provisional due time is enforced as it stands).
/// </param>
public sealed record TaskOverdue(
    Guid EventId, DateTimeOffset OccurredAt, string Agency, Guid InstanceId, string DefinitionId, string BusinessKey,
    Guid TaskId, string StepId, string? ActorRole, string? Assignee, DateTimeOffset Due, bool DueProvisional = false) : IWorkflowEvent;

/// <summary>A late task (or an instance past its service standard, when <paramref name="TaskId"/> is null) was brought to a supervisor role.</summary>
/// <param name="EventId">Unique per event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Agency">The instance's agency.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">The definition.</param>
/// <param name="BusinessKey">The instance's business key.</param>
/// <param name="EscalationId">The escalation, as <c>GET /supervision/escalations</c> lists it.</param>
/// <param name="TaskId">The late task; null for a whole instance.</param>
/// <param name="StepId">The late step.</param>
/// <param name="Level">1 for the actor's supervisor, 2 for the next one up, ...</param>
/// <param name="ToRole">The supervisor role told.</param>
/// <param name="Due">When it was due.</param>
/// <param name="LateSeconds">Office time late, in seconds, when raised.</param>
/// <param name="DueProvisional">
/// Whether <paramref name="Due"/> (the task's mutu baku or the instance's service standard) counted office time on dates
/// beyond its calendar's coverage.
/// </param>
public sealed record EscalationRaised(
    Guid EventId, DateTimeOffset OccurredAt, string Agency, Guid InstanceId, string DefinitionId, string BusinessKey,
    Guid EscalationId, Guid? TaskId, string? StepId, int Level, string ToRole, DateTimeOffset Due, long LateSeconds,
    bool DueProvisional = false) : IWorkflowEvent;

/// <summary>
/// A due time was re-timed because its calendar changed (a decree's holidays added or amended): the task's mutu baku
/// deadline, a wait step's timer, or — when <paramref name="TaskId"/> is null — the instance's service-standard deadline.
/// </summary>
/// <param name="EventId">Unique per event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Agency">The instance's agency.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">The definition.</param>
/// <param name="BusinessKey">The instance's business key.</param>
/// <param name="TaskId">The task; null for the instance's own deadline.</param>
/// <param name="StepId">The step; null for the instance's own deadline.</param>
/// <param name="Calendar">The calendar whose change moved it.</param>
/// <param name="PreviousDue">The due time before.</param>
/// <param name="Due">The due time now.</param>
/// <param name="DueProvisional">Whether the new due time still counts dates beyond the calendar's coverage.</param>
public sealed record TaskDueChanged(
    Guid EventId, DateTimeOffset OccurredAt, string Agency, Guid InstanceId, string DefinitionId, string BusinessKey,
    Guid? TaskId, string? StepId, string Calendar, DateTimeOffset PreviousDue, DateTimeOffset Due, bool DueProvisional) : IWorkflowEvent;
