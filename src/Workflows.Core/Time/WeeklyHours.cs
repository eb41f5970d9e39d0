using System.Collections.ObjectModel;

namespace Workflows.Core.Time;

/// <summary>
/// Office intervals for each day of the week, sorted and non-overlapping; a day without intervals is not
/// a working day. Breaks are the gaps between intervals, so they never count as working time.
/// </summary>
public sealed class WeeklyHours
{
    private readonly ReadOnlyCollection<TimeRange>[] _byDay = new ReadOnlyCollection<TimeRange>[7];

    /// <exception cref="ArgumentException">An interval does not start before it ends, or intervals of a
    /// day are out of order or overlap, or a key is not a day of the week.</exception>
    public WeeklyHours(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<TimeRange>> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        Array.Fill(_byDay, ReadOnlyCollection<TimeRange>.Empty);
        foreach (var (day, ranges) in days)
        {
            if (!Enum.IsDefined(day))
            {
                throw new ArgumentException($"Office hours given for day {(int)day}, which is not a day of the week.", nameof(days));
            }

            _byDay[(int)day] = Validated(day, ranges ?? throw new ArgumentException($"Office hours on {day} are null.", nameof(days)));
        }

        TotalPerWeek = _byDay.SelectMany(r => r).Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Length);
    }

    /// <summary>
    /// Perpres 21/2023: 37.5 jam over five days. The Friday break is longer (11:30–13:00, for Friday
    /// prayers) and the day closes later (16:30) to keep the weekly total.
    /// </summary>
    public static WeeklyHours AsnDefault { get; } = MondayToFriday(
        [new(new(7, 30), new(12, 0)), new(new(13, 0), new(16, 0))],
        [new(new(7, 30), new(11, 30)), new(new(13, 0), new(16, 30))]);

    /// <summary>
    /// Perpres 21/2023 reduces the week to 32.5 jam during Ramadan; the daily split is the one MenPAN-RB
    /// circulars announce: a half-hour break, Friday's longer for Friday prayers.
    /// </summary>
    public static WeeklyHours AsnRamadan { get; } = MondayToFriday(
        [new(new(8, 0), new(12, 0)), new(new(12, 30), new(15, 0))],
        [new(new(8, 0), new(11, 30)), new(new(12, 30), new(15, 30))]);

    public TimeSpan TotalPerWeek { get; }

    public IReadOnlyList<TimeRange> On(DayOfWeek day) =>
        Enum.IsDefined(day) ? _byDay[(int)day] : throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week.");

    private static ReadOnlyCollection<TimeRange> Validated(DayOfWeek day, IReadOnlyList<TimeRange> ranges)
    {
        for (var i = 0; i < ranges.Count; i++)
        {
            var range = ranges[i];
            if (range.Start >= range.End)
            {
                throw new ArgumentException($"Office hours on {day}: interval {range} must start before it ends.", nameof(ranges));
            }

            if (i > 0 && ranges[i - 1].End > range.Start)
            {
                throw new ArgumentException(
                    $"Office hours on {day}: interval {range} overlaps or comes before {ranges[i - 1]}; list intervals in time order without overlap.",
                    nameof(ranges));
            }
        }

        return ranges.Count == 0 ? ReadOnlyCollection<TimeRange>.Empty : Array.AsReadOnly(ranges.ToArray());
    }

    private static WeeklyHours MondayToFriday(TimeRange[] mondayToThursday, TimeRange[] friday) =>
        new(new Dictionary<DayOfWeek, IReadOnlyList<TimeRange>>
        {
            [DayOfWeek.Monday] = mondayToThursday,
            [DayOfWeek.Tuesday] = mondayToThursday,
            [DayOfWeek.Wednesday] = mondayToThursday,
            [DayOfWeek.Thursday] = mondayToThursday,
            [DayOfWeek.Friday] = friday,
        });
}
