namespace Workflows.Core.Definitions.Cron;

/// <summary>
/// One field of a cron expression in Quartz's order (seconds minutes hours day-of-month month day-of-week [year]): its
/// range, and the names it may be written with (months JAN–DEC are 1–12; days SUN–SAT are 1–7 as in Quartz).
/// </summary>
internal sealed record CronField(string Name, int Min, int Max, IReadOnlyList<string>? Names = null)
{
    public static readonly CronField Seconds = new("seconds", 0, 59);
    public static readonly CronField Minutes = new("minutes", 0, 59);
    public static readonly CronField Hours = new("hours", 0, 23);
    public static readonly CronField DayOfMonth = new("day-of-month", 1, 31);
    public static readonly CronField Month = new("month", 1, 12, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]);
    public static readonly CronField DayOfWeek = new("day-of-week", 1, 7, ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]);

    /// <summary>Quartz's years; the validator looks no further than the last of them for a fire time.</summary>
    public static readonly CronField Year = new("year", 1970, 2099);

    /// <summary>
    /// Day-of-week is written only as names: Quartz counts SUN as 1, while Unix cron and Cronos (Hangfire) count MON as 1,
    /// so a number would silently move to another weekday when the scheduler changes.
    /// </summary>
    public bool NamesOnly => ReferenceEquals(this, DayOfWeek);

    /// <summary>The value of <paramref name="name"/> (upper case), if it is one of this field's names.</summary>
    public int? ValueOf(string name)
    {
        var index = Names?.ToList().IndexOf(name) ?? -1;
        return index < 0 ? null : Min + index;
    }
}
