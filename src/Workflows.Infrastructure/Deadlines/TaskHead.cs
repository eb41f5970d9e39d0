namespace Workflows.Infrastructure.Deadlines;

/// <summary>What the timer runner needs of a task whose timer fired, read with the claim.</summary>
internal sealed record TaskHead(
    Guid Id, string StepId, string StepTitle, string? ActorRole, string? Assignee, string Status, DateTimeOffset OpenedAt,
    DateTimeOffset? Due, bool DueProvisional);
