using Workflows.Core.Time;
using Workflows.Infrastructure.Calendars;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Api.Views;

/// <summary>A working calendar: its zone and the dates its holiday list covers (null: every date), with days left from today.</summary>
public sealed record CalendarView(string Id, string TimeZone, DateOnly? CoversFrom, DateOnly? CoversTo, int? CoverageDaysLeft)
{
    public static CalendarView From(WorkingCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, calendar.Zone).DateTime);
        return new(calendar.Id, calendar.Zone.Id, calendar.Coverage?.From, calendar.Coverage?.To, calendar.Coverage?.DaysLeft(today));
    }
}

/// <summary>
/// What re-timing would change: due times moved (tasks and instances' service-standard deadlines), the earliest and latest
/// shift in seconds (negative: sooner), how many tasks would be overdue at once, and a sample of the moves.
/// </summary>
public sealed record RetimePreviewView(
    IReadOnlyList<string> Calendars, int CasesSeen, int TasksMoved, int CasesMoved, int OverdueAtOnce,
    long? EarliestShiftSeconds, long? LatestShiftSeconds, IReadOnlyList<DueChangeView> Sample)
{
    public static RetimePreviewView From(RetimePreview preview, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(preview);
        return new(preview.Calendars, preview.InstancesSeen, preview.TasksMoved, preview.InstancesMoved, preview.OverdueAtOnce,
            (long?)preview.EarliestShift?.TotalSeconds, (long?)preview.LatestShift?.TotalSeconds,
            [.. preview.Sample.Select(c => new DueChangeView(c.InstanceId, c.BusinessKey, c.TaskId, c.StepId, c.PreviousDue.In(zone), c.Due.In(zone), c.Provisional, c.OverdueAtOnce))]);
    }
}

/// <summary>One due time that moves; <c>taskId</c> null for an instance's service-standard deadline.</summary>
public sealed record DueChangeView(
    Guid InstanceId, string BusinessKey, Guid? TaskId, string? Step, DateTimeOffset PreviousDue, DateTimeOffset Due, bool Provisional, bool OverdueAtOnce);

/// <summary>A re-timing run: <c>status</c> pending, running or done, and what it has moved so far.</summary>
public sealed record RetimeRunView(
    Guid Id, IReadOnlyList<string> Calendars, string Reason, string RequestedBy, DateTimeOffset RequestedAt, string Status,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, int CasesSeen, int TasksMoved, int CasesMoved, int OverdueAtOnce)
{
    public static RetimeRunView From(CalendarRetimeRow run, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.Id, run.Calendars, run.Reason, run.RequestedBy, run.RequestedAt.In(zone), run.Status, run.StartedAt.In(zone), run.FinishedAt.In(zone),
            run.CasesSeen, run.TasksMoved, run.CasesMoved, run.OverdueAtOnce);
    }
}
