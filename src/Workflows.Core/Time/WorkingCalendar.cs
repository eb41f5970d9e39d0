using System.Collections.Frozen;
using System.Collections.ObjectModel;

namespace Workflows.Core.Time;

/// <summary>
/// The working calendar of one office: its time zone, weekly hours, holidays and special-hours periods.
/// Immutable, so one instance can be shared by every running workflow. Dates are local dates of
/// <see cref="Zone"/>, because holidays and office hours are declared in local time.
/// </summary>
public sealed partial class WorkingCalendar
{
    /// <summary>
    /// How far to look for the next working day. Ten years is far past any real closure (the longest
    /// is the Idulfitri week), so reaching it means a calendar with no office hours, not a long holiday.
    /// </summary>
    public const int MaxDaysWithoutWork = 3_660;

    private readonly Dictionary<DateOnly, Holiday> _holidayByDate = [];
    private readonly HashSet<DateOnly> _closedDates = [];
    private readonly Dictionary<(int Month, int Day), RecurringHoliday> _recurringByDay = [];

    public WorkingCalendar(
        string id,
        TimeZoneInfo zone,
        WeeklyHours hours,
        IEnumerable<Holiday> holidays,
        IEnumerable<HoursPeriod> periods,
        IReadOnlySet<HolidayKind> closedOn,
        IEnumerable<RecurringHoliday>? recurring = null,
        CalendarCoverage? coverage = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(closedOn);
        (Id, Zone, Hours) = (id, zone, hours);
        ClosedOn = closedOn.ToFrozenSet();

        var sortedHolidays = holidays
            .Select(h => h ?? throw new ArgumentException("A holiday is null.", nameof(holidays)))
            .OrderBy(h => h.Date).ThenBy(h => h.Kind).ToArray();
        foreach (var holiday in sortedHolidays)
        {
            var closes = ClosedOn.Contains(holiday.Kind);
            // Two holidays can share a date (a libur daerah on a national holiday); the one that closes
            // the office is the one worth showing.
            if ((closes && _closedDates.Add(holiday.Date)) || !_holidayByDate.ContainsKey(holiday.Date))
            {
                _holidayByDate[holiday.Date] = holiday;
            }
        }

        var sortedRecurring = (recurring ?? [])
            .Select(r => r ?? throw new ArgumentException("A recurring holiday is null.", nameof(recurring)))
            .OrderBy(r => r.Month).ThenBy(r => r.Day).ThenBy(r => r.Kind).ToArray();
        foreach (var holiday in sortedRecurring)
        {
            if (holiday.Month is < 1 or > 12 || holiday.Day < 1 || holiday.Day > DateTime.DaysInMonth(2024, holiday.Month))
            {
                throw new ArgumentException($"Recurring holiday '{holiday.Name}' is on {holiday.Month:00}-{holiday.Day:00}, which is not a date.", nameof(recurring));
            }

            if (!_recurringByDay.TryGetValue((holiday.Month, holiday.Day), out var existing)
                || (ClosedOn.Contains(holiday.Kind) && !ClosedOn.Contains(existing.Kind)))
            {
                _recurringByDay[(holiday.Month, holiday.Day)] = holiday;
            }
        }

        if (coverage is not null && coverage.To < coverage.From)
        {
            throw new ArgumentException($"Coverage ends ({coverage.To:yyyy-MM-dd}) before it starts ({coverage.From:yyyy-MM-dd}).", nameof(coverage));
        }

        Holidays = Array.AsReadOnly(sortedHolidays);
        Recurring = Array.AsReadOnly(sortedRecurring);
        Coverage = coverage;
        Periods = Array.AsReadOnly(ValidatedPeriods(periods));
    }

    public string Id { get; }

    public TimeZoneInfo Zone { get; }

    public WeeklyHours Hours { get; }

    public IReadOnlySet<HolidayKind> ClosedOn { get; }

    /// <summary>All holidays given, closed or not, in date order.</summary>
    public IReadOnlyList<Holiday> Holidays { get; }

    /// <summary>Holidays on the same date every year, in date order.</summary>
    public IReadOnlyList<RecurringHoliday> Recurring { get; }

    /// <summary>The dates the holiday list and periods are complete for; null when the calendar claims every date.</summary>
    public CalendarCoverage? Coverage { get; }

    public IReadOnlyList<HoursPeriod> Periods { get; }

    /// <summary>
    /// The holiday on a date, preferring one that closes the office; null on ordinary days. A date listed for its year
    /// wins over a recurring holiday on the same day unless only the recurring one closes the office.
    /// </summary>
    public Holiday? HolidayOn(DateOnly localDate)
    {
        var listed = _holidayByDate.GetValueOrDefault(localDate);
        if (_recurringByDay.Count == 0 || (listed is not null && ClosedOn.Contains(listed.Kind))
            || !_recurringByDay.TryGetValue((localDate.Month, localDate.Day), out var recurring))
        {
            return listed;
        }

        return listed is null || ClosedOn.Contains(recurring.Kind) ? recurring.In(localDate.Year) : listed;
    }

    /// <summary>Whether every local date from <paramref name="from"/> to <paramref name="to"/> (inclusive) is covered.</summary>
    public bool Covers(DateOnly from, DateOnly to) => Coverage is not { } c || (c.Contains(from) && c.Contains(to));

    /// <summary>
    /// Whether the office time between two instants is known for sure: true when every local date from
    /// <paramref name="from"/> to <paramref name="to"/> lies within <see cref="Coverage"/>.
    /// </summary>
    public bool Covers(DateTimeOffset from, DateTimeOffset to)
    {
        if (Coverage is null)
        {
            return true;
        }

        var (first, last) = (DateOnly.FromDateTime(ToLocal(from)), DateOnly.FromDateTime(ToLocal(to)));
        return first <= last ? Covers(first, last) : Covers(last, first);
    }

    /// <summary>Office intervals of a local date: none on closed holidays, a period's hours inside a period.</summary>
    public IReadOnlyList<TimeRange> OfficeHoursOn(DateOnly localDate)
    {
        if (_closedDates.Contains(localDate) || (_recurringByDay.Count > 0 && ClosedOnRecurring(localDate)))
        {
            return ReadOnlyCollection<TimeRange>.Empty;
        }

        foreach (var period in Periods)
        {
            if (period.Contains(localDate))
            {
                return period.Hours.On(localDate.DayOfWeek);
            }
        }

        return Hours.On(localDate.DayOfWeek);
    }

    public bool IsWorkingDay(DateOnly localDate) => OfficeHoursOn(localDate).Count > 0;

    private bool ClosedOnRecurring(DateOnly localDate) =>
        _recurringByDay.TryGetValue((localDate.Month, localDate.Day), out var recurring) && ClosedOn.Contains(recurring.Kind);

    public override string ToString() => $"calendar '{Id}' ({Zone.Id})";

    private static HoursPeriod[] ValidatedPeriods(IEnumerable<HoursPeriod> periods)
    {
        var sorted = periods.OrderBy(p => p?.From).ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            var period = sorted[i] ?? throw new ArgumentException("An hours period is null.", nameof(periods));
            ArgumentNullException.ThrowIfNull(period.Hours, nameof(periods));
            if (period.To < period.From)
            {
                throw new ArgumentException($"Hours period '{period.Name}' ends ({period.To:yyyy-MM-dd}) before it starts ({period.From:yyyy-MM-dd}).", nameof(periods));
            }

            if (i > 0 && sorted[i - 1].To >= period.From)
            {
                throw new ArgumentException($"Hours periods '{sorted[i - 1].Name}' and '{period.Name}' overlap; a date can have only one set of office hours.", nameof(periods));
            }
        }

        return sorted;
    }
}
