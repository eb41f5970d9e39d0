namespace Workflows.Infrastructure.Persistence;

/// <summary>One line of the append-only audit trail. <see cref="Before"/>/<see cref="After"/> are jsonb objects.</summary>
public sealed class AuditRow
{
    public long Id { get; init; }

    public Guid InstanceId { get; init; }

    public required string Agency { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Actor { get; init; }

    public required string Action { get; init; }

    public Guid? TaskId { get; init; }

    public string? StepId { get; init; }

    public required string Detail { get; init; }

    public required string Before { get; init; }

    public required string After { get; init; }
}
