using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Core.Definitions.Cron;
using Workflows.Core.Definitions.Validation;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>
/// Keeps the scheduled starts in step with the definitions: a published, unretired definition with <c>schedule:</c> has
/// its next fire stored and a Hangfire job waiting for it (<see cref="ScheduleChain"/>); any other has none (its waiting
/// job finds the fire gone and starts nothing). Runs at start-up on every node (the stored fire makes this idempotent)
/// and whenever a definition is published or retired. Each definition is synced on its own: a schedule the validator or
/// the job store refuses is logged and stored as failed (<see cref="ScheduleStateStore"/>), and neither the other
/// definitions nor the node's start-up suffer for it.
/// </summary>
public sealed partial class ScheduleSync(
    ScheduleChain chain, DefinitionVersions versions, ScheduleStateStore states, TimeProvider time,
    IOptions<ScheduleOptions> scheduleOptions, ILogger<ScheduleSync> logger)
{
    /// <summary>
    /// A stored fire this far past is taken to have lost its job, and the schedule is placed afresh from now. A nearer one
    /// still has its job waiting in Hangfire's store (the nodes were down, or busy): it starts its instance late and goes on.
    /// </summary>
    public static readonly TimeSpan MisfireThreshold = TimeSpan.FromHours(1);

    public async Task SyncAllAsync(CancellationToken cancellationToken)
    {
        var known = await states.AllAsync(cancellationToken);
        foreach (var definition in await versions.ListAsync(null, cancellationToken))
        {
            var status = await SyncOneAsync(definition, cancellationToken);
            if (status.State != ScheduleStates.None || known.GetValueOrDefault(definition.Id, ScheduleStates.None) != ScheduleStates.None)
            {
                await states.RecordAsync(definition.Id, status, cancellationToken);
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
            var definition = await versions.FindAsync(definitionId, null, cancellationToken);
            status = definition is null ? ScheduleStatus.None : await SyncOneAsync(definition, cancellationToken);
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

    /// <summary>The schedule's state as last synced, with its next fire time while it is active.</summary>
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

        return row.NextFire is { } next
            ? new ScheduleStatus(ScheduleStates.Active, next, null)
            : new ScheduleStatus(ScheduleStates.Expired, null, "the scheduler has no further fire time for it");
    }

    private async Task<ScheduleStatus> SyncOneAsync(DefinitionRow definition, CancellationToken cancellationToken)
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

            var row = await states.FindAsync(definition.Id, cancellationToken);
            if (row is { State: ScheduleStates.Active, NextFire: { } kept } && row.Cron == schedule.Cron && row.TimeZone == schedule.TimeZone
                && kept > time.GetUtcNow() - MisfireThreshold)
            {
                return new ScheduleStatus(ScheduleStates.Active, kept, null);
            }

            var next = verdict.NextFire!.Value;
            if (!await chain.PlaceAsync(definition.Id, row?.NextFire, next, schedule, cancellationToken))
            {
                // Another node placed it first: its fire stands.
                next = (await states.FindAsync(definition.Id, cancellationToken))?.NextFire ?? next;
            }

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
