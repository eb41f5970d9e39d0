namespace Workflows.Core.Time;

/// <summary>
/// A holiday on the same date every year because a law fixes it (1 January, 1 May, 1 June, 17 August, 25 December),
/// so it applies beyond the years a calendar's decree covers. 29 February applies in leap years only.
/// </summary>
public sealed record RecurringHoliday(int Month, int Day, HolidayKind Kind, string Name)
{
    /// <summary>The holiday in one year, or null when the date does not exist that year.</summary>
    public Holiday? In(int year) =>
        Day <= DateTime.DaysInMonth(year, Month) ? new Holiday(new DateOnly(year, Month, Day), Kind, Name) : null;

    public override string ToString() => $"{Month:00}-{Day:00} {Name}";
}
