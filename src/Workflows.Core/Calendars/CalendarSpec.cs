using System.Collections.Immutable;
using Workflows.Core.Time;

namespace Workflows.Core.Calendars;

/// <summary>A calendar's parts after <c>extends</c> is resolved: what a <see cref="WorkingCalendar"/> is built from.</summary>
internal sealed record CalendarSpec(
    string Id,
    TimeZoneInfo? Zone,
    WeeklyHours? Hours,
    ImmutableArray<Holiday> Holidays,
    ImmutableArray<HoursPeriod> Periods,
    IReadOnlySet<HolidayKind>? ClosedOn,
    ImmutableArray<RecurringHoliday> Recurring,
    CalendarCoverage? Coverage)
{
    /// <summary>
    /// A child keeps its own zone, hours and closed kinds where it sets them, adds to holidays and periods, and inherits
    /// the parent's coverage unless it narrows it (checked by the catalog).
    /// </summary>
    public CalendarSpec Over(CalendarSpec parent) => new(
        Id,
        Zone ?? parent.Zone,
        Hours ?? parent.Hours,
        [.. parent.Holidays.Where(h => !Holidays.Any(own => own.Date == h.Date)), .. Holidays],
        [.. parent.Periods, .. Periods],
        ClosedOn ?? parent.ClosedOn,
        [.. parent.Recurring.Where(h => !Recurring.Any(own => own.Month == h.Month && own.Day == h.Day)), .. Recurring],
        Coverage ?? parent.Coverage);
}
