namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// Where a definition's schedule stands (<see cref="Scheduling.ScheduleStates"/>), as the last sync on any node found it,
/// so every node can show it and a schedule the scheduler refused is reported instead of stopping a start.
/// </summary>
public sealed class ScheduleStateRow
{
    public required string DefinitionId { get; init; }

    public required string State { get; set; }

    /// <summary>Why the schedule is not active: the validator's or the scheduler's message.</summary>
    public string? Error { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
