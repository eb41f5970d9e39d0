using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>
/// One fire of a definition's <c>schedule:</c>, run by Hangfire on whichever node takes it: starts an instance with the
/// schedule's data, then places the job of the next fire (<see cref="ScheduleChain"/>). Only the job whose fire time is
/// the stored next fire acts, and the business key names the fire time, so a job run twice (a node died mid-job, a
/// retry) cannot start the same instance twice.
/// </summary>
public sealed partial class ScheduledStartJob(
    ScheduleStateStore states, ScheduleChain chain, DefinitionVersions versions, WorkflowsDbContext db, InstanceRunner instances,
    TimeProvider time, ILogger<ScheduledStartJob> logger)
{
    public const string UserId = "system:schedule";

    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(string definitionId, DateTimeOffset fireTime, CancellationToken cancellationToken)
    {
        // A job whose fire is no longer the stored one belongs to a schedule since retired, changed or re-placed.
        if (await states.FindAsync(definitionId, cancellationToken) is not { State: ScheduleStates.Active, NextFire: { } pending } placed
            || pending != fireTime)
        {
            return;
        }

        var published = await versions.StartableAsync(definitionId, null, cancellationToken);
        if (!published.Succeeded)
        {
            LogNotStartable(logger, definitionId, published.Failure.Detail);
            return;
        }

        if ((await versions.CompiledAsync(definitionId, published.Value, cancellationToken)).Schedule is not { } schedule
            || schedule.Cron != placed.Cron || schedule.TimeZone != placed.TimeZone)
        {
            return;
        }

        await StartAsync(definitionId, schedule, fireTime, cancellationToken);
        if (ScheduleChain.NextFire(schedule, fireTime > time.GetUtcNow() ? fireTime : time.GetUtcNow()) is { } next)
        {
            await chain.PlaceAsync(definitionId, fireTime, next, schedule, cancellationToken);
        }
        else
        {
            await states.RecordAsync(definitionId, new ScheduleStatus(ScheduleStates.Expired, null,
                $"schedule cron '{schedule.Cron}' never fires again: it fired for the last time at {fireTime:O}"), cancellationToken);
        }
    }

    private async Task StartAsync(string definitionId, Core.Definitions.Schedule schedule, DateTimeOffset fireTime, CancellationToken cancellationToken)
    {
        var fired = TimeZoneInfo.ConvertTime(fireTime, TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone));
        var businessKey = $"{definitionId.Split('.')[^1].ToUpperInvariant()}-{fired.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}";
        if (await db.Instances.AnyAsync(i => i.DefinitionId == definitionId && i.BusinessKey == businessKey, cancellationToken))
        {
            return;
        }

        var command = new StartInstance(new Actor(UserId, new HashSet<string>()), Guid.CreateVersion7(), businessKey, schedule.Data, []);
        var started = await instances.StartAsync(definitionId, command, null, cancellationToken);
        if (started.Succeeded)
        {
            LogStarted(logger, definitionId, businessKey);
        }
        else
        {
            LogNotStartable(logger, definitionId, started.Failure.Detail);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled case {BusinessKey} of {Definition} started")]
    private static partial void LogStarted(ILogger logger, string definition, string businessKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled start of {Definition} failed: {Reason}")]
    private static partial void LogNotStartable(ILogger logger, string definition, string reason);
}
