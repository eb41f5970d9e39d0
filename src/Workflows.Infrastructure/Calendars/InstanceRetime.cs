using Workflows.Core.Deadlines;
using Workflows.Core.Definitions;
using Workflows.Core.Runtime;
using Workflows.Core.Time;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Calendars;

/// <summary>
/// Recomputes the due times of one running instance on its calendar as it is now, from each step's original start and
/// mutu baku, the way the engine computed them when the step opened; and its pending timers with them. Changes the
/// rows it is given in place (the caller saves them, or throws them away for a dry run) and says what moved.
/// </summary>
internal sealed class InstanceRetime(WorkingCalendar calendar, MutuBaku escalationInterval, double reminderShare, DateTimeOffset now)
{
    /// <summary>
    /// What an instance's re-timing needs beside its row: its open task rows, pending timers, raised escalation times, away
    /// periods, and when each task's deadline last fired (the moment a pause was measured up to).
    /// </summary>
    public sealed record Facts(
        IReadOnlyDictionary<Guid, TaskRow> Tasks,
        IReadOnlyList<TimerRow> PendingTimers,
        IReadOnlyDictionary<(Guid TaskId, int Level), DateTimeOffset> RaisedAt,
        IReadOnlyDictionary<string, IReadOnlyList<AwayPeriod>> AwayByUser,
        IReadOnlyDictionary<Guid, DateTimeOffset> DeadlineFiredAt);

    public List<DueChange> Retime(InstanceRow row, InstanceState state, WorkflowDefinition definition, Facts facts)
    {
        var changes = new List<DueChange>();
        var open = state.Open.Select(step => RetimeStep(row, step, definition, facts, changes)).ToList();
        var newState = state with { Open = [.. open] };
        if (definition.ServiceStandard is { } standard && state.Due is { } instanceDue)
        {
            var window = calendar.Due(state.StartedAt, standard.Total);
            if (window.Due is { } due && (due != instanceDue || window.Provisional != state.DueProvisional))
            {
                newState = newState with { Due = due, DueProvisional = window.Provisional };
                row.Due = due.ToUniversalTime();
                row.DueProvisional = window.Provisional;
                Move(facts.PendingTimers.Where(t => t.TaskId is null && t.Kind == TimerKinds.InstanceDeadline), due);
                changes.Add(new DueChange(row.Id, row.BusinessKey, null, null, instanceDue, due, window.Provisional, false));
            }
        }

        if (changes.Count > 0)
        {
            row.State = InstanceStateJson.Serialize(newState);
        }

        return changes;
    }

    private OpenStep RetimeStep(InstanceRow row, OpenStep open, WorkflowDefinition definition, Facts facts, List<DueChange> changes)
    {
        var step = definition.Step(open.StepId);
        var timers = facts.PendingTimers.Where(t => t.TaskId == open.TaskId).ToList();
        if (open is { WaitingFor: WaitingFor.Timer, TimerAt: { } timerAt } && step.UntilField is null)
        {
            var window = calendar.Due(open.OpenedAt, step.Duration);
            if (window.Due is not { } at || (at == timerAt && window.Provisional == open.Provisional))
            {
                return open;
            }

            Move(timers.Where(t => t.Kind == TimerKinds.Wait), at);
            changes.Add(new DueChange(row.Id, row.BusinessKey, open.TaskId, open.StepId, timerAt, at, window.Provisional, false));
            return open with { TimerAt = at, Provisional = window.Provisional };
        }

        if (open.Due is not { } originalDue || !facts.Tasks.TryGetValue(open.TaskId, out var task) || task.Due is not { } taskDue)
        {
            return open;
        }

        RetimeEscalations(open.TaskId, timers, facts);
        var mutuBaku = calendar.Due(open.OpenedAt, step.Duration);
        if (mutuBaku.Due is not { } original)
        {
            return open;
        }

        // A pause_when_away deadline that moved on when its deadline came (the task row then differs from the step's original
        // due) moves on again from the new original due, by the away time measured up to when the timer runner measured it.
        var due = taskDue != originalDue && step.PauseWhenAway && task.Assignee is { } assignee && facts.AwayByUser.TryGetValue(assignee, out var away)
            ? DeadlineMath.PausedDue(calendar, open.OpenedAt, original, away, facts.DeadlineFiredAt.GetValueOrDefault(task.Id, original))
            : original;
        var provisional = mutuBaku.Provisional || !calendar.Covers(open.OpenedAt, due);
        if (original == originalDue && due == taskDue && provisional == task.DueProvisional && mutuBaku.Earliest == open.Earliest)
        {
            return open;
        }

        task.Due = due.ToUniversalTime();
        task.DueProvisional = provisional;
        task.Earliest = mutuBaku.Earliest?.ToUniversalTime();
        Move(timers.Where(t => t.Kind == TimerKinds.Deadline), due);
        if (DeadlineMath.ReminderAt(calendar, open.OpenedAt, original, reminderShare) is { } remindAt)
        {
            Move(timers.Where(t => t.Kind == TimerKinds.Reminder), remindAt);
        }

        var overdueAtOnce = task.OverdueAt is null && due <= now && taskDue > now;
        changes.Add(new DueChange(row.Id, row.BusinessKey, open.TaskId, open.StepId, taskDue, due, provisional, overdueAtOnce));
        return open with { Due = original, Earliest = mutuBaku.Earliest, Provisional = provisional };
    }

    /// <summary>A further level not yet raised comes one escalation interval after the level before it was raised.</summary>
    private void RetimeEscalations(Guid taskId, List<TimerRow> timers, Facts facts)
    {
        foreach (var timer in timers.Where(t => t.Kind == TimerKinds.Escalation))
        {
            if (facts.RaisedAt.TryGetValue((taskId, timer.Level - 1), out var raisedAt) && calendar.Due(raisedAt, escalationInterval).Due is { } next)
            {
                Move([timer], next);
            }
        }
    }

    private static void Move(IEnumerable<TimerRow> timers, DateTimeOffset at)
    {
        foreach (var timer in timers)
        {
            timer.DueAt = at.ToUniversalTime();
        }
    }
}
