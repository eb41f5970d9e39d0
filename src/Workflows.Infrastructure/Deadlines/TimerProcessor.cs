using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;
using Workflows.Core.Deadlines;
using Workflows.Core.Definitions;
using Workflows.Core.Runtime;
using Workflows.Core.Time;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Observability;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>
/// Fires due timers. Each batch is claimed with <c>FOR UPDATE SKIP LOCKED</c> and marked fired in the transaction that
/// acts on it, so across any number of nodes every timer fires exactly once, and a crash before commit leaves it
/// pending for the next look. Wait timers move their instance through the engine, one instance per transaction. Reminders,
/// deadlines and escalations never touch instance state: a batch of them is claimed with its facts in one statement
/// (<see cref="TimerClaim"/>), decided in memory (<see cref="EscalationWriter"/>) and written in one more round trip
/// (<see cref="EscalationBatch"/>), whatever its size. After commit, how late each timer fired and the escalations
/// raised go to the metrics.
/// </summary>
public sealed class TimerProcessor(
    WorkflowsDbContext db, InstanceRunner runner, DefinitionVersions definitions, DefinitionCatalog catalog, TimeProvider time, IOptions<DeadlineOptions> options)
{
    private readonly MutuBaku interval = options.Value.Interval();

    /// <summary>Fires one batch of due timers; returns how many were fired (0 when none is due).</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken) =>
        await FireWaitAsync(cancellationToken) + await FireDeadlinesAsync(cancellationToken);

    /// <summary>The earliest pending timer, to sleep towards.</summary>
    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) =>
        db.Timers.Where(t => t.FiredAt == null).MinAsync(t => (DateTimeOffset?)t.DueAt, cancellationToken);

    private async Task<int> FireWaitAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var work = await UnitOfWork.BeginAsync(db, cancellationToken);
        var due = await db.Timers.FromSql($"""
            SELECT * FROM workflows.timers WHERE fired_at IS NULL AND kind = {TimerKinds.Wait} AND due_at <= {now}
            ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED
            """).AsNoTracking().ToListAsync(cancellationToken);
        if (due is not [var timer])
        {
            return 0;
        }

        var fired = await runner.ExecuteAsync(timer.InstanceId, null, new FireTimer(Actor.System, timer.TaskId!.Value), cancellationToken);
        if (!fired.Succeeded && fired.Failure.IsConcurrentChange)
        {
            // Someone worked on the instance at this moment; the timer stays pending and is tried again.
            await work.AbandonAsync();
            return 0;
        }

        // A rejected fire (the wait step was left already, e.g. the instance was cancelled) is done with all the same.
        await db.Timers.Where(t => t.Id == timer.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.FiredAt, now), cancellationToken);
        await work.CommitAsync(cancellationToken);
        WorkflowsMetrics.TimerFired(timer.Kind, now - timer.DueAt);
        return 1;
    }

    private async Task<int> FireDeadlinesAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var work = await UnitOfWork.BeginAsync(db, cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        var timers = await TimerClaim.ClaimAsync(connection, transaction, now, options.Value.BatchSize, cancellationToken);
        if (timers.Count == 0)
        {
            return 0;
        }

        var escalations = new EscalationWriter(now, interval);
        foreach (var timer in timers)
        {
            await DecideAsync(escalations, timer, now, cancellationToken);
        }

        var raised = await EscalationBatch.WriteAsync(connection, transaction, now, escalations.Plan, cancellationToken);
        await work.CommitAsync(cancellationToken);
        foreach (var timer in timers)
        {
            WorkflowsMetrics.TimerFired(timer.Kind, now - timer.DueAt);
        }

        foreach (var escalation in raised)
        {
            WorkflowsMetrics.Escalated(escalation.DefinitionId, escalation.Level);
        }

        return timers.Count;
    }

    /// <summary>What one fired timer comes to: rows in the writer's plan, or nothing when its task or instance moved on.</summary>
    private async Task DecideAsync(EscalationWriter escalations, FiredTimer timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (timer.Instance is not { } head)
        {
            return;
        }

        var definition = await definitions.CompiledAsync(head.DefinitionId, head.Version, cancellationToken);
        var calendar = catalog.Calendar(definition.Calendar);
        if (timer.Kind == TimerKinds.InstanceDeadline)
        {
            if (head.Status == InstanceStatuses.Running && definition.ServiceStandard?.EscalateTo is { } agencyHead)
            {
                escalations.RaiseForInstance(head, agencyHead, calendar);
            }

            return;
        }

        if (timer.Task is not { Status: TaskStatuses.Open } task)
        {
            return;
        }

        var facts = new LateTask(head, task, definition, calendar);
        if (timer.Kind == TimerKinds.Reminder)
        {
            escalations.Remind(facts);
        }
        else if (timer.Kind == TimerKinds.Deadline && PausedDue(facts, timer.Away, now) is { } moved)
        {
            escalations.Move(facts, moved);
        }
        else
        {
            escalations.Escalate(facts, timer.Level);
        }
    }

    /// <summary>
    /// For a <c>pause_when_away</c> step whose assignee was away: the deadline moved on by the office time away, if that
    /// is still ahead. The original due time is computed again from the step's mutu baku, as when the step opened.
    /// </summary>
    private static DateTimeOffset? PausedDue(LateTask facts, IReadOnlyList<AwayPeriod> away, DateTimeOffset now)
    {
        var step = facts.Definition.Step(facts.Task.StepId);
        if (!step.PauseWhenAway || facts.Task.Assignee is null || away.Count == 0)
        {
            return null;
        }

        var opened = facts.Task.OpenedAt;
        if (facts.Calendar.Due(opened, step.Duration).Due is not { } original)
        {
            return null;
        }

        var moved = DeadlineMath.PausedDue(facts.Calendar, opened, original, away, now);
        return moved > now ? moved.ToUniversalTime() : null;
    }
}
