namespace Workflows.Core.Time;

/// <summary>Names of <see cref="DurationUnit"/> values in the JSON API and in canonical Indonesian text.</summary>
public static class DurationUnits
{
    /// <summary>The kebab-case name used in JSON, e.g. <c>working-days</c>.</summary>
    public static string ToJsonName(this DurationUnit unit) => unit switch
    {
        DurationUnit.Minutes => "minutes",
        DurationUnit.Hours => "hours",
        DurationUnit.WorkingDays => "working-days",
        DurationUnit.CalendarDays => "calendar-days",
        DurationUnit.Weeks => "weeks",
        DurationUnit.Months => "months",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown duration unit."),
    };

    /// <summary>Reads a JSON name back; exact, lower-case match only, because JSON is machine-written.</summary>
    public static bool TryParseJsonName(string? name, out DurationUnit unit) =>
        EnumNames.TryParse(name, ToJsonName, out unit);

    /// <summary>
    /// The wording used in SOP documents. "hari kerja" is spelled out (rather than the bare "hari" that
    /// the seeds also use) so that a rendered mutu baku is never mistaken for calendar days.
    /// </summary>
    public static string ToIndonesian(this DurationUnit unit) => unit switch
    {
        DurationUnit.Minutes => "menit",
        DurationUnit.Hours => "jam",
        DurationUnit.WorkingDays => "hari kerja",
        DurationUnit.CalendarDays => "hari kalender",
        DurationUnit.Weeks => "minggu",
        DurationUnit.Months => "bulan",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown duration unit."),
    };

    /// <summary>
    /// The largest amount accepted per unit. Each bound is decades of work, so anything above it is a typo
    /// (an extra zero, a year pasted into the amount) rather than a real standard.
    /// </summary>
    public static int MaxAmount(this DurationUnit unit) => unit switch
    {
        DurationUnit.Minutes or DurationUnit.Hours => 100_000,
        DurationUnit.WorkingDays or DurationUnit.CalendarDays => 10_000,
        DurationUnit.Weeks or DurationUnit.Months => 1_000,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown duration unit."),
    };
}
