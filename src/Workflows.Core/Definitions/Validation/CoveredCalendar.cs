using Workflows.Core.Time;

namespace Workflows.Core.Definitions.Validation;

/// <summary>
/// A calendar's coverage as lint reads it: the dates, the zone its "today" is taken in, and the name of the calendar
/// file that states it (a child calendar inherits its parent's, so the decree goes into the parent's file).
/// </summary>
public sealed record CoveredCalendar(CalendarCoverage Coverage, TimeZoneInfo Zone, string File)
{
    /// <summary>Days from today in the calendar's zone to the last covered date: 0 on it, negative once it has passed.</summary>
    public int DaysLeft(DateTimeOffset now) => Coverage.DaysLeft(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime));
}
