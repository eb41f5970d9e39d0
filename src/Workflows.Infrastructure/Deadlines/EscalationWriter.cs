using System.Text.Json;
using Workflows.Contracts.V1;
using Workflows.Core.Deadlines;
using Workflows.Core.Time;
using Workflows.Infrastructure.Messaging;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>Writes reminders and escalations, with the notifications people read, for one batch of fired timers.</summary>
internal sealed class EscalationWriter(WorkflowsDbContext db, DateTimeOffset now)
{
    // Two timers of one batch for the same task and level (should one ever be written twice) raise it once, so the
    // unique index never fails a whole batch.
    private readonly HashSet<(Guid Instance, Guid? Task, int Level)> raised = [];

    public void Remind(LateTask late)
    {
        var task = late.Task;
        var c = late.Instance;
        Outbox.Add(db, new TaskReminder(Guid.CreateVersion7(now), now, c.Agency, c.Id, c.DefinitionId, c.BusinessKey,
            task.Id, task.StepId, task.ActorRole, task.Assignee, task.Due!.Value, task.DueProvisional));
        Notify(late.Instance, task.Assignee, task.Assignee is null ? task.ActorRole : null, "reminder", task.Id,
            $"Reminder: '{task.StepTitle}' of instance {late.Instance.BusinessKey} is due at {Local(late.Calendar, task.Due, task.DueProvisional)}.",
            new { task.StepId, task.Due, task.DueProvisional, late.Instance.DefinitionId });
    }

    /// <summary>Raises <paramref name="level"/> for an overdue task; false when the chain has no role at that level (or it was raised in this batch).</summary>
    public bool Raise(LateTask late, int level)
    {
        var task = late.Task;
        var c = late.Instance;
        if (!raised.Add((c.Id, task.Id, level)))
        {
            return false;
        }

        if (level == 1)
        {
            Outbox.Add(db, new TaskOverdue(Guid.CreateVersion7(now), now, c.Agency, c.Id, c.DefinitionId, c.BusinessKey,
                task.Id, task.StepId, task.ActorRole, task.Assignee, task.Due!.Value, task.DueProvisional));
        }

        if (EscalationChain.At(late.Definition, task.ActorRole, level) is not { } role)
        {
            return false;
        }

        var lateBy = DeadlineMath.Lateness(late.Calendar, task.Due!.Value, now);
        var id = Guid.CreateVersion7(now);
        Outbox.Add(db, new EscalationRaised(Guid.CreateVersion7(now), now, c.Agency, c.Id, c.DefinitionId, c.BusinessKey,
            id, task.Id, task.StepId, level, role, task.Due.Value, (long)lateBy.TotalSeconds, task.DueProvisional));
        db.Escalations.Add(new EscalationRow
        {
            Id = id,
            Agency = late.Instance.Agency,
            InstanceId = late.Instance.Id,
            TaskId = task.Id,
            DefinitionId = late.Instance.DefinitionId,
            BusinessKey = late.Instance.BusinessKey,
            StepId = task.StepId,
            LateRole = task.ActorRole,
            Assignee = task.Assignee,
            Level = level,
            ToRole = role,
            Due = task.Due.Value,
            RaisedAt = now,
            LateSeconds = (long)lateBy.TotalSeconds,
            Status = EscalationStatus.Open,
        });
        Notify(late.Instance, null, role, "escalation", task.Id,
            $"Overdue (level {level}): '{task.StepTitle}' of instance {late.Instance.BusinessKey}, done by {task.Assignee ?? task.ActorRole}, was due at {Local(late.Calendar, task.Due, task.DueProvisional)}.",
            new { task.StepId, task.Due, task.DueProvisional, level, lateSeconds = (long)lateBy.TotalSeconds });
        return true;
    }

    /// <summary>The whole instance passed its service standard total: the agency head named in the definition hears.</summary>
    public void RaiseForInstance(InstanceHead head, string role, WorkingCalendar calendar)
    {
        if (!raised.Add((head.Id, null, 1)))
        {
            return;
        }

        var lateBy = DeadlineMath.Lateness(calendar, head.Due!.Value, now);
        var id = Guid.CreateVersion7(now);
        Outbox.Add(db, new EscalationRaised(Guid.CreateVersion7(now), now, head.Agency, head.Id, head.DefinitionId, head.BusinessKey,
            id, null, null, 1, role, head.Due.Value, (long)lateBy.TotalSeconds, head.DueProvisional));
        db.Escalations.Add(new EscalationRow
        {
            Id = id,
            Agency = head.Agency,
            InstanceId = head.Id,
            DefinitionId = head.DefinitionId,
            BusinessKey = head.BusinessKey,
            Level = 1,
            ToRole = role,
            Due = head.Due.Value,
            RaisedAt = now,
            LateSeconds = (long)lateBy.TotalSeconds,
            Status = EscalationStatus.Open,
        });
        Notify(head, null, role, "escalation", null,
            $"Instance {head.BusinessKey} ({head.DefinitionId}) has passed its service standard, due at {Local(calendar, head.Due, head.DueProvisional)}.",
            new { head.Due, head.DueProvisional, level = 1, lateSeconds = (long)lateBy.TotalSeconds });
    }

    private void Notify(InstanceHead head, string? user, string? role, string kind, Guid? taskId, string text, object detail) =>
        db.Notifications.Add(new NotificationRow
        {
            Agency = head.Agency,
            ToUser = user,
            ToRole = role,
            Kind = kind,
            InstanceId = head.Id,
            TaskId = taskId,
            Text = text,
            Detail = JsonSerializer.Serialize(detail),
            CreatedAt = now,
        });

    /// <summary>The due time in the calendar's zone, marked when it counted dates beyond the calendar's coverage.</summary>
    private static string Local(WorkingCalendar calendar, DateTimeOffset? at, bool provisional) =>
        (at is { } instant ? TimeZoneInfo.ConvertTime(instant, calendar.Zone).ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture) : "-")
        + (provisional ? " (provisional)" : "");
}
