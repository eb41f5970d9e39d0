using Hangfire;
using Workflows.Core.Definitions.Cron;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>
/// A definition's schedule as a chain of delayed Hangfire jobs, one per fire: the cron is read by the core's
/// <see cref="Core.Definitions.Cron.CronExpression"/> (the same reading WF027 judged) on the injected clock, and the stored
/// next fire (<see cref="ScheduleStateStore.MoveNextFireAsync"/>) decides which job is the live one, so a fire placed by
/// two nodes at once, or a job Hangfire runs again, still starts one instance.
/// </summary>
public sealed class ScheduleChain(IBackgroundJobClient jobs, ScheduleStateStore states, TimeProvider time)
{
    /// <summary>
    /// Places the start job for <paramref name="next"/> unless another node moved the stored fire away from
    /// <paramref name="expected"/> first; returns whether this call placed it. The job is placed before the fire is stored,
    /// so a stored fire always has its job (a job that lost the race is deleted, and would start nothing anyway).
    /// </summary>
    public async Task<bool> PlaceAsync(
        string definitionId, DateTimeOffset? expected, DateTimeOffset next, Core.Definitions.Schedule schedule, CancellationToken cancellationToken)
    {
        // Stored and passed on in UTC (timestamptz takes no other offset); the instance's business key reads it in the zone.
        next = next.ToUniversalTime();
        // Hangfire counts the delay on its own clock; the fire time itself travels with the job and names the instance.
        var delay = next - time.GetUtcNow();
        var job = jobs.Schedule<ScheduledStartJob>(j => j.RunAsync(definitionId, next, CancellationToken.None), delay < TimeSpan.Zero ? TimeSpan.Zero : delay);
        if (await states.MoveNextFireAsync(definitionId, expected, next, schedule, cancellationToken))
        {
            return true;
        }

        jobs.Delete(job);
        return false;
    }

    /// <summary>The schedule's first fire strictly after <paramref name="after"/>, read in its time zone; null once its years run out.</summary>
    public static DateTimeOffset? NextFire(Core.Definitions.Schedule schedule, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (!CronExpression.TryParse(schedule.Cron, out var cron, out var error))
        {
            throw new InvalidOperationException($"schedule cron '{schedule.Cron}' {error}");
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
        return cron.NextAfter(TimeZoneInfo.ConvertTime(after, zone).DateTime) is { } local
            ? new DateTimeOffset(local, zone.GetUtcOffset(local))
            : null;
    }
}
