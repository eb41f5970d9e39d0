namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// A point in time the engine must act on: a wait step's timer or a step's mutu baku deadline. Written in the same
/// transaction as the step that needs it, so it can never exist without its task or go missing.
/// </summary>
public sealed class TimerRow
{
    public Guid Id { get; init; }

    public Guid InstanceId { get; init; }

    public Guid TaskId { get; init; }

    public required string Kind { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset? FiredAt { get; set; }
}
