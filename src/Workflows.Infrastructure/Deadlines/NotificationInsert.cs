namespace Workflows.Infrastructure.Deadlines;

/// <summary>A notification to insert; one about an escalation (<see cref="EscalationId"/>) only when that escalation is.</summary>
internal sealed record NotificationInsert(
    string Agency, string? ToUser, string? ToRole, string Kind, Guid InstanceId, Guid? TaskId, string Text, string Detail, Guid? EscalationId);
