using Workflows.Core.Time;

namespace Workflows.Infrastructure.Calendars;

/// <summary>A calendar that published definitions name, and the agencies whose definitions those are.</summary>
public sealed record CalendarUse(WorkingCalendar Calendar, IReadOnlyList<string> Agencies)
{
    public string Id => Calendar.Id;

    /// <summary>The date <paramref name="now"/> falls on in the calendar's own zone.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Calendar.Zone).DateTime);

    /// <summary>Days of coverage left on that date; null for a calendar that claims every date.</summary>
    public int? DaysLeft(DateTimeOffset now) => Calendar.Coverage?.DaysLeft(Today(now));
}
