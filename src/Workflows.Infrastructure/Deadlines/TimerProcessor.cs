using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
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
/// pending for the next look. Wait timers move their instance through the engine, one instance per transaction; reminders,
/// deadlines and escalations are rows written in bulk. After commit, how late each timer fired and the escalations
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
        var timers = await db.Timers.FromSql($"""
            SELECT * FROM workflows.timers WHERE fired_at IS NULL AND kind <> {TimerKinds.Wait} AND due_at <= {now}
            ORDER BY due_at LIMIT {options.Value.BatchSize} FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        if (timers.Count == 0)
        {
            return 0;
        }

        var taskIds = timers.Where(t => t.TaskId is not null).Select(t => t.TaskId!.Value).ToList();
        var tasks = await db.Tasks.Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var instanceIds = timers.Select(t => t.InstanceId).Distinct().ToList();
        var instances = await db.Instances.Where(i => instanceIds.Contains(i.Id))
            .Select(i => new InstanceHead(i.Id, i.Agency, i.DefinitionId, i.DefinitionVersion, i.BusinessKey, i.Status, i.Due, i.DueProvisional))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var escalations = new EscalationWriter(db, now);
        foreach (var timer in timers)
        {
            timer.FiredAt = now;
            var head = instances[timer.InstanceId];
            var definition = await definitions.CompiledAsync(head.DefinitionId, head.Version, cancellationToken);
            var calendar = catalog.Calendar(definition.Calendar);
            if (timer.Kind == TimerKinds.InstanceDeadline)
            {
                if (head.Status == InstanceStatuses.Running && definition.ServiceStandard?.EscalateTo is { } agencyHead)
                {
                    escalations.RaiseForInstance(head, agencyHead, calendar);
                }

                continue;
            }

            if (!tasks.TryGetValue(timer.TaskId!.Value, out var task) || task.Status != TaskStatuses.Open)
            {
                continue;
            }

            var facts = new LateTask(head, task, definition, calendar);
            if (timer.Kind == TimerKinds.Reminder)
            {
                escalations.Remind(facts);
            }
            else if (timer.Kind == TimerKinds.Deadline && await PausedDueAsync(facts, now, cancellationToken) is { } moved)
            {
                task.Due = moved;
                task.DueProvisional = !calendar.Covers(task.OpenedAt, moved);
                db.Timers.Add(EffectWriter.NewTimer(head.Id, task.Id, TimerKinds.Deadline, moved, level: 1));
            }
            else
            {
                Escalate(escalations, facts, timer.Level, now);
            }
        }

        var raised = db.ChangeTracker.Entries<EscalationRow>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
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

    /// <summary>The task is overdue: the supervisor at <paramref name="level"/> hears, and the next level is timed.</summary>
    private void Escalate(EscalationWriter escalations, LateTask facts, int level, DateTimeOffset now)
    {
        facts.Task.OverdueAt ??= now;
        if (escalations.Raise(facts, level) && EscalationChain.At(facts.Definition, facts.Task.ActorRole, level + 1) is not null)
        {
            var next = facts.Calendar.Due(now, interval).Due!.Value;
            db.Timers.Add(EffectWriter.NewTimer(facts.Instance.Id, facts.Task.Id, TimerKinds.Escalation, next, level + 1));
        }
    }

    /// <summary>
    /// For a <c>pause_when_away</c> step whose assignee was away: the deadline moved on by the office time away, if that
    /// is still ahead. The original due time is computed again from the step's mutu baku, as when the step opened.
    /// </summary>
    private async Task<DateTimeOffset?> PausedDueAsync(LateTask facts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var step = facts.Definition.Step(facts.Task.StepId);
        if (!step.PauseWhenAway || facts.Task.Assignee is not { } assignee)
        {
            return null;
        }

        var opened = facts.Task.OpenedAt;
        var original = facts.Calendar.Due(opened, step.Duration).Due;
        var away = await db.AwayPeriods.AsNoTracking()
            .Where(a => a.Agency == facts.Instance.Agency && a.UserId == assignee && a.StartsAt < now && a.EndsAt > opened)
            .Select(a => new AwayPeriod(a.StartsAt, a.EndsAt))
            .ToListAsync(cancellationToken);
        if (original is null || away.Count == 0)
        {
            return null;
        }

        var moved = DeadlineMath.PausedDue(facts.Calendar, opened, original.Value, away, now);
        return moved > now ? moved.ToUniversalTime() : null;
    }
}
