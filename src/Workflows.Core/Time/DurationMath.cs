namespace Workflows.Core.Time;

/// <summary>
/// Converts durations of different units to one approximate scale, for ordering the ends of a range
/// and for summing the standards of a whole SOP. Never used for deadlines: those come from
/// <see cref="WorkingCalendar.Add"/>, which knows the real office hours and holidays.
/// </summary>
public static class DurationMath
{
    /// <summary>Perpres 21/2023: 37.5 jam per week over 5 working days.</summary>
    public const double HoursPerWorkingDay = 7.5;

    public const double HoursPerWeek = HoursPerWorkingDay * 5;

    /// <summary>A calendar day carries its share of the working week, weekends included.</summary>
    public const double HoursPerCalendarDay = HoursPerWeek / 7;

    /// <summary>52 weeks spread over 12 months.</summary>
    public const double HoursPerMonth = HoursPerWeek * 52 / 12;

    public static double ApproximateWorkingHours(DurationAmount amount) => amount.Unit switch
    {
        DurationUnit.Minutes => amount.Amount / 60.0,
        DurationUnit.Hours => amount.Amount,
        DurationUnit.WorkingDays => amount.Amount * HoursPerWorkingDay,
        DurationUnit.CalendarDays => amount.Amount * HoursPerCalendarDay,
        DurationUnit.Weeks => amount.Amount * HoursPerWeek,
        DurationUnit.Months => amount.Amount * HoursPerMonth,
        _ => throw new ArgumentOutOfRangeException(nameof(amount), amount.Unit, "Unknown duration unit."),
    };
}
