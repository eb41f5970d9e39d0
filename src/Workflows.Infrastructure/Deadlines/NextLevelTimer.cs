namespace Workflows.Infrastructure.Deadlines;

/// <summary>The timer of the next escalation level, inserted only when the escalation it follows (<see cref="EscalationId"/>) is.</summary>
internal sealed record NextLevelTimer(Guid Id, Guid InstanceId, Guid TaskId, int Level, DateTimeOffset DueAt, Guid EscalationId);
