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
        // Only scheduled definitions touch the job store (each call there is a locked transaction), so a start with
        // dozens of definitions and no schedules costs one query, not one per definition.
        var scheduled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in await versions.ListAsync(null, cancellationToken))
        {
            if (await ScheduleOfAsync(definition, cancellationToken) is { } schedule)
            {
                scheduled.Add(definition.Id);
                await PlaceAsync(scheduler, StartJob(definition.Id), StartTrigger(definition.Id, schedule), cancellationToken);
            }
        }

        foreach (var job in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group), cancellationToken))
        {
            if (!scheduled.Contains(job.Name))
            {
                await scheduler.DeleteJob(job, cancellationToken);
            }
        }
    }

    public async Task SyncAsync(string definitionId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var definition = await versions.FindAsync(definitionId, null, cancellationToken);
        if (definition is null || await ScheduleOfAsync(definition, cancellationToken) is not { } schedule)
        {
            await scheduler.DeleteJob(new JobKey(definitionId, Group), cancellationToken);
            return;
        }

        await PlaceAsync(scheduler, StartJob(definitionId), StartTrigger(definitionId, schedule), cancellationToken);
    }

    /// <summary>The schedule of a published, unretired definition, if it declares one.</summary>
    private async Task<Core.Definitions.Schedule?> ScheduleOfAsync(Persistence.DefinitionRow definition, CancellationToken cancellationToken) =>
        definition is { RetiredAt: null, PublishedVersion: { } published }
            ? (await versions.CompiledAsync(definition.Id, published, cancellationToken)).Schedule
            : null;

    private static IJobDetail StartJob(string definitionId) =>
        JobBuilder.Create<ScheduledStartJob>().WithIdentity(new JobKey(definitionId, Group)).UsingJobData(ScheduledStartJob.DefinitionKey, definitionId).Build();

    private static ITrigger StartTrigger(string definitionId, Core.Definitions.Schedule schedule) =>
        TriggerBuilder.Create().WithIdentity(definitionId, Group)
            .WithCronSchedule(schedule.Cron, c => c.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone)).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();

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
