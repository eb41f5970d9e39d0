using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Workflows.Core.Definitions.Cron;
using Workflows.Core.Definitions.Validation;
using Workflows.Infrastructure.Deadlines;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>
/// Keeps Quartz's jobs in step with the definitions: a published, unretired definition with <c>schedule:</c> has a
/// start job with its cron trigger; any other has none. Also places the daily overdue digest. Runs at start-up on
/// every node (jobs live in the shared job store, so this is idempotent) and whenever a definition is published or retired.
/// Each definition is synced on its own: a schedule the validator or Quartz refuses is logged and stored as failed
/// (<see cref="ScheduleStateStore"/>), and neither the other definitions nor the node's start-up suffer for it.
/// </summary>
public sealed partial class ScheduleSync(
    ISchedulerFactory schedulers, DefinitionVersions versions, ScheduleStateStore states, TimeProvider time,
    IOptions<DeadlineOptions> options, IOptions<ScheduleOptions> scheduleOptions, ILogger<ScheduleSync> logger)
{
    public const string Group = "scheduled-starts";

    public async Task SyncAllAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var digest = TriggerBuilder.Create(time).WithIdentity(OverdueDigestJob.Key.Name, OverdueDigestJob.Key.Group)
            .WithCronSchedule(options.Value.DigestCron, c => c.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(options.Value.DigestTimeZone)))
            .Build();
        await JobPlacement.PlaceAsync(scheduler, JobBuilder.Create<OverdueDigestJob>().WithIdentity(OverdueDigestJob.Key).Build(), digest, cancellationToken);
        // Only scheduled definitions touch the job store (each call there is a locked transaction), so a start with
        // dozens of definitions and no schedules costs one query, not one per definition.
        var known = await states.AllAsync(cancellationToken);
        var scheduled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in await versions.ListAsync(null, cancellationToken))
        {
            var status = await SyncOneAsync(scheduler, definition, cancellationToken);
            if (status.State == ScheduleStates.Active)
            {
                scheduled.Add(definition.Id);
            }

            if (status.State != ScheduleStates.None || known.GetValueOrDefault(definition.Id, ScheduleStates.None) != ScheduleStates.None)
            {
                await states.RecordAsync(definition.Id, status, cancellationToken);
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

    /// <summary>
    /// Syncs one definition after a publish or retire. It runs after the commit, so it never throws: whatever goes wrong
    /// is logged and returned (and stored, if the database takes it) as a failed schedule.
    /// </summary>
    public async Task<ScheduleStatus> SyncAsync(string definitionId, CancellationToken cancellationToken)
    {
        ScheduleStatus status;
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var definition = await versions.FindAsync(definitionId, null, cancellationToken);
            status = definition is null ? ScheduleStatus.None : await SyncOneAsync(scheduler, definition, cancellationToken);
            if (status.State != ScheduleStates.Active)
            {
                await scheduler.DeleteJob(new JobKey(definitionId, Group), cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The definition change is committed; the caller gets the schedule's failure, not a 500.
        catch (Exception e)
        {
            LogRefused(logger, definitionId, e.Message);
            status = new ScheduleStatus(ScheduleStates.Failed, null, e.Message);
        }

        try
        {
            await states.RecordAsync(definitionId, status, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRefused(logger, definitionId, $"its state could not be stored: {e.Message}");
        }
#pragma warning restore CA1031

        return status;
    }

    /// <summary>The schedule's state as last synced, with its next fire time from the job store while it is active.</summary>
    public async Task<ScheduleStatus> StatusAsync(string definitionId, CancellationToken cancellationToken)
    {
        if (await states.FindAsync(definitionId, cancellationToken) is not { } row)
        {
            return ScheduleStatus.None;
        }

        if (row.State != ScheduleStates.Active)
        {
            return new ScheduleStatus(row.State, null, row.Error);
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return (await scheduler.GetTrigger(new TriggerKey(definitionId, Group), cancellationToken))?.NextFireTimeUtc is { } next
            ? new ScheduleStatus(ScheduleStates.Active, next, null)
            : new ScheduleStatus(ScheduleStates.Expired, null, "the scheduler has no further fire time for it");
    }

    private async Task<ScheduleStatus> SyncOneAsync(IScheduler scheduler, DefinitionRow definition, CancellationToken cancellationToken)
    {
        try
        {
            if (await ScheduleOfAsync(definition, cancellationToken) is not { } schedule)
            {
                return ScheduleStatus.None;
            }

            // Versions stored before WF027 judged crons (or whose year field has since run out) are judged here first.
            var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
            var verdict = CronCheck.Judge(schedule.Cron, zone, new ScheduleRules(scheduleOptions.Value.MinimumInterval, time.GetUtcNow()));
            if (!verdict.Accepted)
            {
                var error = $"schedule cron '{schedule.Cron}' {verdict.Message}";
                LogRefused(logger, definition.Id, error);
                return new ScheduleStatus(verdict.Problem == CronProblem.Expired ? ScheduleStates.Expired : ScheduleStates.Failed, null, error);
            }

            var trigger = JobPlacement.StartTrigger(definition.Id, Group, schedule, zone, time);
            var next = await JobPlacement.PlaceAsync(scheduler, JobPlacement.StartJob(definition.Id, Group), trigger, cancellationToken);
            return new ScheduleStatus(ScheduleStates.Active, next, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // One definition's schedule must not stop the others or the node: it is logged and reported on the definition.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogRefused(logger, definition.Id, e.Message);
            return new ScheduleStatus(ScheduleStates.Failed, null, e.Message);
        }
    }

    /// <summary>The schedule of a published, unretired definition, if it declares one.</summary>
    private async Task<Core.Definitions.Schedule?> ScheduleOfAsync(DefinitionRow definition, CancellationToken cancellationToken) =>
        definition is { RetiredAt: null, PublishedVersion: { } published }
            ? (await versions.CompiledAsync(definition.Id, published, cancellationToken)).Schedule
            : null;

    [LoggerMessage(Level = LogLevel.Error, Message = "The schedule of {Definition} is not active: {Reason}")]
    private static partial void LogRefused(ILogger logger, string definition, string reason);
}
