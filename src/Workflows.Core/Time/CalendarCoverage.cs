namespace Workflows.Core.Time;

/// <summary>
/// The local dates, both inclusive, for which a calendar's holiday list and special-hours periods are complete: the
/// years whose joint decree (SKB) on libur nasional and cuti bersama the file carries. Outside it the calendar still
/// counts office hours, weekends and recurring holidays, but a due time computed there is only provisional.
/// </summary>
public sealed record CalendarCoverage(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => From <= date && date <= To;

    /// <summary>Whole days from <paramref name="today"/> to the last covered day: 0 on it, negative once it has passed.</summary>
    public int DaysLeft(DateOnly today) => To.DayNumber - today.DayNumber;

    public override string ToString() => $"{From:yyyy-MM-dd} – {To:yyyy-MM-dd}";
}
