using Workflows.Infrastructure.Deadlines;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Api.Views;

/// <summary>
/// An escalation: which task (or whole instance, when <see cref="TaskId"/> is null), who was late, which supervisor role
/// heard at which level, and how late in office minutes when it was raised. <see cref="DueProvisional"/> when the late
/// task's (or instance's) due time counted office time on dates beyond the calendar's coverage, as its row holds it now.
/// </summary>
public sealed record EscalationView(
    Guid Id,
    Guid InstanceId,
    Guid? TaskId,
    string Definition,
    string BusinessKey,
    string? Step,
    string? LateRole,
    string? Assignee,
    int Level,
    string ToRole,
    DateTimeOffset Due,
    bool DueProvisional,
    DateTimeOffset RaisedAt,
    long LateMinutes,
    string Status,
    string? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt,
    string? Note)
{
    public static EscalationView From(EscalationRow row, bool dueProvisional, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.InstanceId, row.TaskId, row.DefinitionId, row.BusinessKey, row.StepId, row.LateRole, row.Assignee, row.Level,
            row.ToRole, row.Due.In(zone), dueProvisional, row.RaisedAt.In(zone), row.LateSeconds / 60, row.Status, row.AcknowledgedBy, row.AcknowledgedAt.In(zone), row.Note);
    }
}

/// <summary>An overdue task of the caller's unit, with its lateness in office time (minutes, and hari kerja of 7.5 h).</summary>
public sealed record OverdueTaskView(TaskView Task, long LateMinutes, decimal LateWorkingDays)
{
    public static OverdueTaskView From(TaskRow task, TimeSpan late, DateTimeOffset now, TimeZoneInfo zone) =>
        new(TaskView.From(task, now, zone), (long)late.TotalMinutes, Math.Round((decimal)late.TotalHours / 7.5m, 2));
}

/// <summary>An away period (dinas luar, cuti) and its delegate.</summary>
public sealed record AwayView(Guid Id, string User, DateTimeOffset Start, DateTimeOffset End, string Kind, string? Delegate, string? Note)
{
    public static AwayView From(AwayRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.UserId, row.StartsAt, row.EndsAt, row.Kind, row.Delegate, row.Note);
    }
}

/// <summary>A reminder, escalation or digest addressed to the caller or one of their roles.</summary>
public sealed record NotificationView(long Id, string Kind, string? ToUser, string? ToRole, Guid? InstanceId, Guid? TaskId, string Text, System.Text.Json.JsonElement Detail, DateTimeOffset CreatedAt)
{
    public static NotificationView From(NotificationRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        using var detail = System.Text.Json.JsonDocument.Parse(row.Detail);
        return new(row.Id, row.Kind, row.ToUser, row.ToRole, row.InstanceId, row.TaskId, row.Text, detail.RootElement.Clone(), row.CreatedAt);
    }
}

/// <summary><c>POST /supervision/escalations/{id}/acknowledge</c>.</summary>
public sealed record AcknowledgeRequest(string? Note);

/// <summary><c>POST /supervision/escalations/{id}/reassign</c>: hand the late task to someone (null: back to the role).</summary>
public sealed record EscalationReassignRequest(string? Assignee, string? Note);

/// <summary>
/// <c>POST /me/away</c>. <see cref="DelegateActors"/>: the delegate's actor roles, which must cover the caller's (there is
/// no user directory to look them up in yet).
/// </summary>
public sealed record AwayRequest(DateTimeOffset Start, DateTimeOffset End, string Kind, string? Delegate, string? Note, IReadOnlyList<string>? DelegateActors = null);
