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

    /// <summary>
    /// The fire the pending start job is for, while the schedule is active: only the job for this time starts an instance and
    /// places the next, so each fire happens once whichever node runs it.
    /// </summary>
    public DateTimeOffset? NextFire { get; set; }

    /// <summary>The cron the pending start job was placed for; a different one on the published version replaces the job.</summary>
    public string? Cron { get; set; }

    /// <summary>The time zone <see cref="Cron"/> was read in.</summary>
    public string? TimeZone { get; set; }
}
