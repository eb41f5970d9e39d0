namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// A point in time the engine must act on: a wait step's timer, a step's reminder, its mutu baku deadline, a further
/// escalation level, or the instance's service-standard deadline (no task). Written in the same transaction as the step
/// that needs it, so it can never exist without its task or go missing; set fired in the transaction that acts on it.
/// </summary>
public sealed class TimerRow
{
    public Guid Id { get; init; }

    public Guid InstanceId { get; init; }

    public Guid? TaskId { get; init; }

    /// <summary>One of <see cref="TimerKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>For escalations: the level this timer raises (1 is the actor's supervisor).</summary>
    public int Level { get; init; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? FiredAt { get; set; }
}
