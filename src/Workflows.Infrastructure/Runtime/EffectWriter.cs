using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Core.Deadlines;
using Workflows.Core.Definitions;
using Workflows.Core.Runtime;
using Workflows.Core.Time;
using Workflows.Infrastructure.Messaging;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Runtime;

/// <summary>
/// Writes what one accepted command did into the rows of the same transaction: the instance row (state and a new
/// revision), task rows, documents, timers (wait, reminder, deadline, and the instance's own deadline) and audit lines.
/// Effects that reach other instances go to <paramref name="follow"/>.
/// </summary>
internal sealed class EffectWriter(WorkflowsDbContext db, WorkingCalendar calendar, double reminderShare, Action<InstanceEffect> follow)
{
    public async Task WriteAsync(InstanceRow row, WorkflowDefinition definition, CommandResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = result.State!;
        row.State = InstanceStateJson.Serialize(state);
        row.Status = InstanceStatuses.Of(state.Status);
        row.Result = state.Result;
        row.Due = state.Due?.ToUniversalTime();
        row.DueProvisional = state.DueProvisional;
        row.EndedAt = state.EndedAt?.ToUniversalTime();
        row.UpdatedAt = now.ToUniversalTime();
        row.Revision++;
        var started = db.Entry(row).State == EntityState.Added;
        if (started && row.Due is { } instanceDue)
        {
            db.Timers.Add(NewTimer(row, null, TimerKinds.InstanceDeadline, instanceDue, level: 1));
        }

        foreach (var effect in result.Effects)
        {
            await WriteAsync(row, definition, effect, cancellationToken);
        }

        // The events go out through the outbox, committed with the change they report.
        foreach (var message in IntegrationEvents.From(row, definition, result, started, now))
        {
            Outbox.Add(db, message);
        }
    }

    private async Task WriteAsync(InstanceRow row, WorkflowDefinition definition, InstanceEffect effect, CancellationToken cancellationToken)
    {
        switch (effect)
        {
            case StepOpened opened:
                db.Tasks.Add(NewTask(row, definition, opened.Task));
                break;
            case StepClosed closed:
                var task = Task(closed.TaskId);
                Set(task, t => t.Status, closed.Reason == TaskCloseReason.Completed ? TaskStatuses.Completed : TaskStatuses.Cancelled);
                Set(task, t => t.ClosedAt, row.UpdatedAt);
                Set(task, t => t.ClosedBy, closed.By);
                Set(task, t => t.Outcome, closed.Outcome);
                break;
            case AssigneeChanged assigned:
                Set(Task(assigned.TaskId), t => t.Assignee, assigned.Assignee);
                break;
            case DocumentRecorded:
                // Uploads handed in were bound to the instance before the effects are written (DocumentClaims), with the
                // check that no other instance took them; documents passed within a family of instances stay where they are.
                break;
            case DeadlineSet deadline:
                db.Timers.Add(NewTimer(row, deadline.TaskId, TimerKinds.Deadline, deadline.Due, level: 1));
                if (DeadlineMath.ReminderAt(calendar, row.UpdatedAt, deadline.Due, reminderShare) is { } remindAt)
                {
                    db.Timers.Add(NewTimer(row, deadline.TaskId, TimerKinds.Reminder, remindAt));
                }

                break;
            case TimerScheduled timer:
                db.Timers.Add(NewTimer(row, timer.TaskId, TimerKinds.Wait, timer.At));
                break;
            case Audited audited:
                db.Audit.Add(NewAudit(row, audited.Entry));
                break;
            default:
                follow(effect);
                break;
        }
    }

    /// <summary>
    /// The task row to update: the tracked one if this unit of work has it, else a stub attached by key, so that closing or
    /// assigning a task costs an UPDATE in the save batch and no SELECT.
    /// </summary>
    private TaskRow Task(Guid id)
    {
        if (db.Tasks.Local.FindEntry(id) is { } entry)
        {
            return entry.Entity;
        }

        var stub = new TaskRow
        {
            Id = id,
            Agency = "",
            DefinitionId = "",
            BusinessKey = "",
            StepId = "",
            StepTitle = "",
            Kind = "",
            WaitingFor = "",
            Status = "",
        };
        db.Tasks.Attach(stub);
        return stub;
    }

    /// <summary>Sets a task column and marks it modified even when the value equals the stub's placeholder.</summary>
    private void Set<T>(TaskRow task, System.Linq.Expressions.Expression<Func<TaskRow, T>> column, T value)
    {
        var entry = db.Entry(task);
        var property = entry.Property(column);
        property.CurrentValue = value;
        if (entry.State != EntityState.Added)
        {
            property.IsModified = true;
        }
    }

    private static TaskRow NewTask(InstanceRow row, WorkflowDefinition definition, OpenStep open) => new()
    {
        Id = open.TaskId,
        InstanceId = row.Id,
        Agency = row.Agency,
        DefinitionId = row.DefinitionId,
        BusinessKey = row.BusinessKey,
        StepId = open.StepId,
        StepTitle = definition.Step(open.StepId).Title,
        Kind = StepKinds.Name(open.Kind),
        WaitingFor = open.WaitingFor.ToString().ToLowerInvariant(),
        ActorRole = open.ActorRole,
        Assignee = open.Assignee,
        Status = TaskStatuses.Open,
        OpenedAt = open.OpenedAt.ToUniversalTime(),
        Earliest = open.Earliest?.ToUniversalTime(),
        Due = open.Due?.ToUniversalTime(),
        DueProvisional = open.Provisional,
    };

    private static TimerRow NewTimer(InstanceRow row, Guid? taskId, string kind, DateTimeOffset at, int level = 0) => new()
    {
        Id = Guid.CreateVersion7(),
        InstanceId = row.Id,
        TaskId = taskId,
        Kind = kind,
        Level = level,
        DueAt = at.ToUniversalTime(),
    };

    private static AuditRow NewAudit(InstanceRow row, AuditEntry entry) => new()
    {
        InstanceId = row.Id,
        Agency = row.Agency,
        At = entry.At.ToUniversalTime(),
        Actor = entry.Actor,
        Action = entry.Action,
        TaskId = entry.TaskId,
        StepId = entry.StepId,
        Detail = entry.Detail,
        Before = JsonSerializer.Serialize(entry.Before),
        After = JsonSerializer.Serialize(entry.After),
    };
}
