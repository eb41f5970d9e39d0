namespace Workflows.Infrastructure.Deadlines;

/// <summary>An escalation row to insert unless its level was raised already (a task's, or an instance's when <see cref="TaskId"/> is null).</summary>
internal sealed record EscalationInsert(
    Guid Id, string Agency, Guid InstanceId, Guid? TaskId, string DefinitionId, string BusinessKey, string? StepId, string? LateRole,
    string? Assignee, int Level, string ToRole, DateTimeOffset Due, long LateSeconds);
