using Workflows.Contracts.V1;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>
/// An event for the outbox, written only when the escalation it reports (<see cref="EscalationId"/>) is inserted and the task
/// it calls overdue (<see cref="OpenTaskId"/>) was still open under its lock.
/// </summary>
internal sealed record OutboxInsert(IWorkflowEvent Message, Guid? EscalationId, Guid? OpenTaskId);
