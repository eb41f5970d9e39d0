namespace Workflows.Infrastructure.Persistence;

/// <summary>An open or closed step of an instance, kept for inbox queries (the instance state is the source of truth).</summary>
public sealed class TaskRow
{
    public Guid Id { get; init; }

    public Guid InstanceId { get; init; }

    public required string Agency { get; init; }

    public required string DefinitionId { get; init; }

    public required string BusinessKey { get; init; }

    public required string StepId { get; init; }

    public required string StepTitle { get; init; }

    public required string Kind { get; init; }

    public required string WaitingFor { get; init; }

    public string? ActorRole { get; init; }

    public string? Assignee { get; set; }

    public required string Status { get; set; }

    public DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset? Earliest { get; set; }

    /// <summary>The due time; moved on when a <c>pause_when_away</c> step's assignee was away.</summary>
    public DateTimeOffset? Due { get; set; }

    /// <summary>The due time counted dates outside its calendar's coverage (see <c>covers</c> in the calendar file).</summary>
    public bool DueProvisional { get; set; }

    /// <summary>When the deadline passed with the task still open.</summary>
    public DateTimeOffset? OverdueAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }

    public string? Outcome { get; set; }
}
