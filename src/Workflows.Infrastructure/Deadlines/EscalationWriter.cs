using System.Globalization;
using System.Text.Json;
using Workflows.Contracts.V1;
using Workflows.Core.Deadlines;
using Workflows.Core.Time;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>
/// Decides, for one batch of fired timers, the reminders, overdue marks, escalations, notifications, events and next-level
/// timers, with no I/O: calendar and chain arithmetic per timer, the next level's due time once per calendar. The rows go
/// to <see cref="Plan"/>, which <see cref="EscalationBatch"/> writes in one round trip.
/// </summary>
internal sealed class EscalationWriter(DateTimeOffset now, MutuBaku interval)
{
    // Two timers of one batch for the same task and level (should one ever be written twice) raise it once; across
    // batches and nodes the unique index does the same.
    private readonly HashSet<(Guid Instance, Guid? Task, int Level)> raised = [];
    private readonly Dictionary<WorkingCalendar, DateTimeOffset> nextLevelDue = [];
    private readonly Dictionary<(WorkingCalendar, DateTimeOffset), TimeSpan> lateness = [];

    public EscalationPlan Plan { get; } = new();

    public void Remind(LateTask late)
    {
        var (c, task) = (late.Instance, late.Task);
        Plan.Events.Add(new(new TaskReminder(Guid.CreateVersion7(now), now, c.Agency, c.Id, c.DefinitionId, c.BusinessKey,
            task.Id, task.StepId, task.ActorRole, task.Assignee, task.Due!.Value, task.DueProvisional), null, null));
        Notify(c, task.Assignee, task.Assignee is null ? task.ActorRole : null, "reminder", task.Id,
            $"Reminder: '{task.StepTitle}' of instance {c.BusinessKey} is due at {Local(late.Calendar, task.Due, task.DueProvisional)}.",
            new { task.StepId, task.Due, task.DueProvisional, c.DefinitionId }, null);
    }

    /// <summary>A <c>pause_when_away</c> deadline moved on to <paramref name="due"/> instead of escalating.</summary>
    public void Move(LateTask late, DateTimeOffset due) =>
        Plan.Moves.Add(new DueMove(late.Task.Id, due.ToUniversalTime(), !late.Calendar.Covers(late.Task.OpenedAt, due), Guid.CreateVersion7(now)));

    /// <summary>The task is overdue: the supervisor at <paramref name="level"/> hears, and the next level is timed.</summary>
    public void Escalate(LateTask late, int level)
    {
        var (c, task) = (late.Instance, late.Task);
        Plan.Overdue.Add(task.Id);
        if (!raised.Add((c.Id, task.Id, level)))
        {
            return;
        }

        var role = EscalationChain.At(late.Definition, task.ActorRole, level);
        var id = role is null ? (Guid?)null : Guid.CreateVersion7(now);
        if (level == 1)
        {
            Plan.Events.Add(new(new TaskOverdue(Guid.CreateVersion7(now), now, c.Agency, c.Id, c.DefinitionId, c.BusinessKey,
                task.Id, task.StepId, task.ActorRole, task.Assignee, task.Due!.Value, task.DueProvisional), id, task.Id));
        }

        if (role is null)
        {
            return;
        }

        var lateBy = (long)Lateness(late.Calendar, task.Due!.Value).TotalSeconds;
        Plan.Events.Add(new(new EscalationRaised(Guid.CreateVersion7(now), now, c.Agency, c.Id, c.DefinitionId, c.BusinessKey,
            id!.Value, task.Id, task.StepId, level, role, task.Due.Value, lateBy, task.DueProvisional), id, task.Id));
        Plan.Escalations.Add(new EscalationInsert(id.Value, c.Agency, c.Id, task.Id, c.DefinitionId, c.BusinessKey, task.StepId, task.ActorRole,
            task.Assignee, level, role, task.Due.Value, lateBy));
        Notify(c, null, role, "escalation", task.Id,
            $"Overdue (level {level}): '{task.StepTitle}' of instance {c.BusinessKey}, done by {task.Assignee ?? task.ActorRole}, was due at {Local(late.Calendar, task.Due, task.DueProvisional)}.",
            new { task.StepId, task.Due, task.DueProvisional, level, lateSeconds = lateBy }, id);
        if (EscalationChain.At(late.Definition, task.ActorRole, level + 1) is not null)
        {
            Plan.NextLevels.Add(new NextLevelTimer(Guid.CreateVersion7(now), c.Id, task.Id, level + 1, NextLevelDue(late.Calendar), id.Value));
        }
    }

    /// <summary>The whole instance passed its service standard total: the agency head named in the definition hears.</summary>
    public void RaiseForInstance(InstanceHead head, string role, WorkingCalendar calendar)
    {
        if (!raised.Add((head.Id, null, 1)))
        {
            return;
        }

        var lateBy = (long)Lateness(calendar, head.Due!.Value).TotalSeconds;
        var id = Guid.CreateVersion7(now);
        Plan.Events.Add(new(new EscalationRaised(Guid.CreateVersion7(now), now, head.Agency, head.Id, head.DefinitionId, head.BusinessKey,
            id, null, null, 1, role, head.Due.Value, lateBy, head.DueProvisional), id, null));
        Plan.Escalations.Add(new EscalationInsert(id, head.Agency, head.Id, null, head.DefinitionId, head.BusinessKey, null, null, null, 1, role,
            head.Due.Value, lateBy));
        Notify(head, null, role, "escalation", null,
            $"Instance {head.BusinessKey} ({head.DefinitionId}) has passed its service standard, due at {Local(calendar, head.Due, head.DueProvisional)}.",
            new { head.Due, head.DueProvisional, level = 1, lateSeconds = lateBy }, id);
    }

    private void Notify(InstanceHead head, string? user, string? role, string kind, Guid? taskId, string text, object detail, Guid? escalationId) =>
        Plan.Notifications.Add(new NotificationInsert(head.Agency, user, role, kind, head.Id, taskId, text, JsonSerializer.Serialize(detail), escalationId));

    /// <summary>Office time from <paramref name="due"/> to now; a burst shares few due times, so each is counted once.</summary>
    private TimeSpan Lateness(WorkingCalendar calendar, DateTimeOffset due)
    {
        if (!lateness.TryGetValue((calendar, due), out var late))
        {
            lateness[(calendar, due)] = late = DeadlineMath.Lateness(calendar, due, now);
        }

        return late;
    }

    /// <summary>The next level is due an interval after now on the calendar: the same for every task on it in this batch.</summary>
    private DateTimeOffset NextLevelDue(WorkingCalendar calendar)
    {
        if (!nextLevelDue.TryGetValue(calendar, out var due))
        {
            nextLevelDue[calendar] = due = calendar.Due(now, interval).Due!.Value.ToUniversalTime();
        }

        return due;
    }

    /// <summary>The due time in the calendar's zone, marked when it counted dates beyond the calendar's coverage.</summary>
    private static string Local(WorkingCalendar calendar, DateTimeOffset? at, bool provisional) =>
        (at is { } instant ? TimeZoneInfo.ConvertTime(instant, calendar.Zone).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) : "-")
        + (provisional ? " (provisional)" : "");
}
