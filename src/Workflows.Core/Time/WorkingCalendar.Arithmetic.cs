namespace Workflows.Core.Time;

/// <summary>Deadline arithmetic: the product's documented rules for turning a mutu baku into a due time.</summary>
public sealed partial class WorkingCalendar
{
    /// <summary>
    /// The instant <paramref name="amount"/> after <paramref name="start"/>, with the offset of <see cref="Zone"/>.
    /// Minutes and hours count office time only; working days end at closing time of the N-th working day
    /// after the start day; calendar days and weeks are exact multiples of 24 h; months keep the local time
    /// of day, clamped to the last day of a shorter month.
    /// </summary>
    /// <exception cref="InvalidOperationException">No working day within <see cref="MaxDaysWithoutWork"/> days.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive (a default struct), or the due
    /// time would fall after year 9999.</exception>
    public DateTimeOffset Add(DateTimeOffset start, DurationAmount amount)
    {
        // default(DurationAmount) bypasses the constructor's check.
        ArgumentOutOfRangeException.ThrowIfLessThan(amount.Amount, 1, nameof(amount));
        return amount.Unit switch
        {
            DurationUnit.Minutes => AddOfficeTime(start, TimeSpan.FromMinutes(amount.Amount)),
            DurationUnit.Hours => AddOfficeTime(start, TimeSpan.FromHours(amount.Amount)),
            DurationUnit.WorkingDays => AddWorkingDays(start, amount.Amount),
            DurationUnit.CalendarDays => TimeZoneInfo.ConvertTime(start.AddDays(amount.Amount), Zone),
            DurationUnit.Weeks => TimeZoneInfo.ConvertTime(start.AddDays(7.0 * amount.Amount), Zone),
            DurationUnit.Months => ToInstant(ToLocal(start).AddMonths(amount.Amount)),
            _ => throw new ArgumentOutOfRangeException(nameof(amount), amount.Unit, "Unknown duration unit."),
        };
    }

    /// <summary>
    /// Earliest from the range's minimum (if any), Due from its maximum (if the SOP sets a standard). Provisional when a
    /// bound counted office time (minutes, hours, working days) on a date outside <see cref="Coverage"/>.
    /// </summary>
    public DueWindow Due(DateTimeOffset start, MutuBaku mutuBaku)
    {
        ArgumentNullException.ThrowIfNull(mutuBaku);
        var earliest = mutuBaku.Min is { } min ? Add(start, min) : (DateTimeOffset?)null;
        var due = mutuBaku.Max is { } max ? Add(start, max) : (DateTimeOffset?)null;
        var provisional = (earliest is { } e && CountsOfficeTime(mutuBaku.Min!.Value.Unit) && !Covers(start, e))
            || (due is { } d && CountsOfficeTime(mutuBaku.Max!.Value.Unit) && !Covers(start, d));
        return new DueWindow(earliest, due, provisional);
    }

    /// <summary>Units whose result depends on office hours and holidays; calendar days, weeks and months do not.</summary>
    public static bool CountsOfficeTime(DurationUnit unit) => unit is DurationUnit.Minutes or DurationUnit.Hours or DurationUnit.WorkingDays;

    /// <summary>
    /// The instant <paramref name="officeTime"/> of office time after <paramref name="start"/>: the inverse of
    /// <see cref="WorkingTimeBetween"/>, used to extend a paused deadline and to place a reminder. Zero gives the start.
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan officeTime) =>
        officeTime <= TimeSpan.Zero ? start : AddOfficeTime(start, officeTime);

    private DateTimeOffset AddOfficeTime(DateTimeOffset start, TimeSpan remaining)
    {
        var local = ToLocal(start);
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        var idleDays = 0;
        while (true)
        {
            var ranges = OfficeHoursOn(date);
            foreach (var range in ranges)
            {
                if (range.End <= time)
                {
                    continue;
                }

                var from = range.Start > time ? range.Start : time;
                var available = range.End - from;
                // "<=" so that work ending exactly at closing (or at a break) is due then, not at the next opening.
                if (remaining <= available)
                {
                    return ToInstant(date.ToDateTime(from.Add(remaining)));
                }

                remaining -= available;
            }

            idleDays = ranges.Count == 0 ? idleDays + 1 : 0;
            ThrowIfIdleTooLong(idleDays, date);
            (date, time) = (date.AddDays(1), TimeOnly.MinValue);
        }
    }

    private DateTimeOffset AddWorkingDays(DateTimeOffset start, int days)
    {
        // The start day never counts, even when the task arrives before opening: a standard of
        // "1 hari kerja" gives the officer one full working day.
        var date = DateOnly.FromDateTime(ToLocal(start));
        var idleDays = 0;
        while (true)
        {
            date = date.AddDays(1);
            var ranges = OfficeHoursOn(date);
            if (ranges.Count == 0)
            {
                ThrowIfIdleTooLong(++idleDays, date);
                continue;
            }

            idleDays = 0;
            if (--days == 0)
            {
                return ToInstant(date.ToDateTime(ranges[^1].End));
            }
        }
    }

    private void ThrowIfIdleTooLong(int idleDays, DateOnly date)
    {
        if (idleDays >= MaxDaysWithoutWork)
        {
            throw new InvalidOperationException(
                $"Calendar '{Id}' has no working day in the {MaxDaysWithoutWork} days up to {date:yyyy-MM-dd}; check its office hours and holidays.");
        }
    }

    /// <summary>Wall-clock time in <see cref="Zone"/>, with an unspecified kind.</summary>
    private DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>
    /// The instant of a local wall-clock time. Indonesia has had no daylight saving since 1964, so every
    /// local time maps to one instant; in other zones a time skipped by DST gets the standard offset.
    /// </summary>
    private DateTimeOffset ToInstant(DateTime localWallClock) =>
        new(localWallClock, Zone.GetUtcOffset(localWallClock));
}
