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

    public WorkingCalendar(
        string id,
        TimeZoneInfo zone,
        WeeklyHours hours,
        IEnumerable<Holiday> holidays,
        IEnumerable<HoursPeriod> periods,
        IReadOnlySet<HolidayKind> closedOn)
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

        Holidays = Array.AsReadOnly(sortedHolidays);
        Periods = Array.AsReadOnly(ValidatedPeriods(periods));
    }

    public string Id { get; }

    public TimeZoneInfo Zone { get; }

    public WeeklyHours Hours { get; }

    public IReadOnlySet<HolidayKind> ClosedOn { get; }

    /// <summary>All holidays given, closed or not, in date order.</summary>
    public IReadOnlyList<Holiday> Holidays { get; }

    public IReadOnlyList<HoursPeriod> Periods { get; }

    /// <summary>The holiday on a date, preferring one that closes the office; null on ordinary days.</summary>
    public Holiday? HolidayOn(DateOnly localDate) => _holidayByDate.GetValueOrDefault(localDate);

    /// <summary>Office intervals of a local date: none on closed holidays, a period's hours inside a period.</summary>
    public IReadOnlyList<TimeRange> OfficeHoursOn(DateOnly localDate)
    {
        if (_closedDates.Contains(localDate))
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
