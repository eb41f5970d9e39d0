namespace Workflows.Infrastructure.Scheduling;

/// <summary>A definition's schedule: its <see cref="ScheduleStates"/> state, when it fires next, and why it does not.</summary>
public sealed record ScheduleStatus(string State, DateTimeOffset? NextFire, string? Error)
{
    public static readonly ScheduleStatus None = new(ScheduleStates.None, null, null);
}
