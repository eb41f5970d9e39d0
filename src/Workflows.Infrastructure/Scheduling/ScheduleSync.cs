using Microsoft.Extensions.Options;
using Quartz;
using Workflows.Infrastructure.Deadlines;
using Workflows.Infrastructure.Definitions;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>
/// Keeps Quartz's jobs in step with the definitions: a published, unretired definition with <c>schedule:</c> has a
/// start job with its cron trigger; any other has none. Also places the daily overdue digest. Runs at start-up on
/// every node (jobs live in the shared job store, so this is idempotent) and whenever a definition is published or retired.
/// </summary>
public sealed class ScheduleSync(ISchedulerFactory schedulers, DefinitionVersions versions, IOptions<DeadlineOptions> options)
{
    public const string Group = "scheduled-starts";

    public async Task SyncAllAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var digest = TriggerBuilder.Create().WithIdentity(OverdueDigestJob.Key.Name, OverdueDigestJob.Key.Group)
            .WithCronSchedule(options.Value.DigestCron, c => c.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(options.Value.DigestTimeZone)))
            .Build();
        await PlaceAsync(scheduler, JobBuilder.Create<OverdueDigestJob>().WithIdentity(OverdueDigestJob.Key).Build(), digest, cancellationToken);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in await versions.ListAsync(null, cancellationToken))
        {
            known.Add(definition.Id);
            await SyncAsync(definition.Id, cancellationToken);
        }

        foreach (var job in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group), cancellationToken))
        {
            if (!known.Contains(job.Name))
            {
                await scheduler.DeleteJob(job, cancellationToken);
            }
        }
    }

    public async Task SyncAsync(string definitionId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = new JobKey(definitionId, Group);
        var definition = await versions.FindAsync(definitionId, null, cancellationToken);
        var schedule = definition is { RetiredAt: null, PublishedVersion: { } published }
            ? (await versions.CompiledAsync(definitionId, published, cancellationToken)).Schedule
            : null;
        if (schedule is null)
        {
            await scheduler.DeleteJob(job, cancellationToken);
            return;
        }

        var detail = JobBuilder.Create<ScheduledStartJob>().WithIdentity(job).UsingJobData(ScheduledStartJob.DefinitionKey, definitionId).Build();
        var trigger = TriggerBuilder.Create().WithIdentity(definitionId, Group)
            .WithCronSchedule(schedule.Cron, c => c.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone)).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await PlaceAsync(scheduler, detail, trigger, cancellationToken);
    }

    /// <summary>Schedules the job, replacing its trigger only when the cron or zone changed (so the next fire is kept).</summary>
    private static async Task PlaceAsync(IScheduler scheduler, IJobDetail job, ITrigger trigger, CancellationToken cancellationToken)
    {
        if (await scheduler.GetTrigger(trigger.Key, cancellationToken) is ICronTrigger existing && trigger is ICronTrigger wanted
            && existing.CronExpressionString == wanted.CronExpressionString && existing.TimeZone.Id == wanted.TimeZone.Id)
        {
            return;
        }

        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }
}
