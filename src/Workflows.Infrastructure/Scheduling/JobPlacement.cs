using Quartz;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>Quartz's side of a schedule: the start job and cron trigger of a definition, and placing a job in the store.</summary>
internal static class JobPlacement
{
    public static IJobDetail StartJob(string definitionId, string group) =>
        JobBuilder.Create<ScheduledStartJob>().WithIdentity(new JobKey(definitionId, group)).UsingJobData(ScheduledStartJob.DefinitionKey, definitionId).Build();

    /// <summary>The cron trigger of a definition, computed on the server's clock (so its first fire is not in the scheduler's past).</summary>
    public static ITrigger StartTrigger(string definitionId, string group, Core.Definitions.Schedule schedule, TimeZoneInfo zone, TimeProvider time) =>
        TriggerBuilder.Create(time).WithIdentity(definitionId, group)
            .WithCronSchedule(schedule.Cron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();

    /// <summary>Schedules the job, replacing its trigger only when the cron or zone changed (so the next fire is kept).</summary>
    public static async Task<DateTimeOffset?> PlaceAsync(IScheduler scheduler, IJobDetail job, ITrigger trigger, CancellationToken cancellationToken)
    {
        if (await scheduler.GetTrigger(trigger.Key, cancellationToken) is ICronTrigger existing && trigger is ICronTrigger wanted
            && existing.CronExpressionString == wanted.CronExpressionString && existing.TimeZone.Id == wanted.TimeZone.Id)
        {
            return existing.NextFireTimeUtc;
        }

        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
        return trigger.NextFireTimeUtc;
    }
}
