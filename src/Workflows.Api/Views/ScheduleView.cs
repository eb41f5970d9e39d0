using Workflows.Infrastructure.Scheduling;

namespace Workflows.Api.Views;

/// <summary>
/// A definition's schedule: <c>state</c> is none, active, failed (the validator or scheduler refused it; <c>error</c> says
/// why) or expired (its year field ran out); <c>nextFire</c> while it is active.
/// </summary>
public sealed record ScheduleView(string State, DateTimeOffset? NextFire, string? Error)
{
    public static ScheduleView From(ScheduleStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new ScheduleView(status.State, status.NextFire, status.Error);
    }
}
