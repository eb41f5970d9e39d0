namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// A late step (or instance) brought to a supervisor: who was told, about which task, how late it was when raised, and at
/// which level of the chain. Unique per task and level (per instance and level for an instance), so it is raised exactly once.
/// </summary>
public sealed class EscalationRow
{
    public Guid Id { get; init; }

    public required string Agency { get; init; }

    public Guid InstanceId { get; init; }

    public Guid? TaskId { get; init; }

    public required string DefinitionId { get; init; }

    public required string BusinessKey { get; init; }

    public string? StepId { get; init; }

    /// <summary>The role that was late (the step's actor), null for a whole instance.</summary>
    public string? LateRole { get; init; }

    public string? Assignee { get; init; }

    public int Level { get; init; }

    /// <summary>The supervisor role told.</summary>
    public required string ToRole { get; init; }

    public DateTimeOffset Due { get; init; }

    public DateTimeOffset RaisedAt { get; init; }

    /// <summary>Office time between the due time and raising, in seconds.</summary>
    public long LateSeconds { get; init; }

    /// <summary><c>open</c> or <c>acknowledged</c>.</summary>
    public required string Status { get; set; }

    public string? AcknowledgedBy { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public string? Note { get; set; }
}
