namespace Workflows.Core.Definitions.Cron;

/// <summary>When the expression fires: found by walking days forward (skipping unmatched years and months), up to 2099.</summary>
public sealed partial class CronExpression
{
    /// <summary>The first day a definition's fire times are looked for from (the Quartz cron shape's first year).</summary>
    public static readonly DateTime Earliest = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private static readonly DateOnly LastDay = new(CronField.Year.Max, 12, 31);

    /// <summary>The first wall-clock time strictly after <paramref name="local"/> at which the expression fires, if any up to 2099.</summary>
    public DateTime? NextAfter(DateTime local) =>
        NextFrom(DateOnly.FromDateTime(local), (int)local.TimeOfDay.TotalSeconds + 1);

    /// <summary>The first time the expression fires at all.</summary>
    public DateTime? First() => NextFrom(DateOnly.FromDateTime(Earliest), 0);

    /// <summary>
    /// The shortest wall-clock time between two consecutive fires: the times of one day are the same every firing day,
    /// so it is the closer of two neighbouring times in a day and the last time of one firing day to the first of the next.
    /// Null when the expression fires at most once.
    /// </summary>
    public TimeSpan? ShortestGap()
    {
        if (FirstSecondFrom(0) is not { } first)
        {
            return null;
        }

        var last = first;
        var shortest = long.MaxValue;
        while (FirstSecondFrom(last + 1) is { } next)
        {
            shortest = Math.Min(shortest, next - last);
            last = next;
        }

        var previous = (DateOnly?)null;
        var dayGap = long.MaxValue;
        for (var day = NextDay(DateOnly.FromDateTime(Earliest)); day is { } d && dayGap > 1; day = NextDay(d.AddDays(1)))
        {
            if (previous is { } p)
            {
                dayGap = Math.Min(dayGap, d.DayNumber - p.DayNumber);
            }

            previous = d;
        }

        if (dayGap != long.MaxValue)
        {
            shortest = Math.Min(shortest, dayGap * 86_400 - last + first);
        }

        return previous is null || shortest == long.MaxValue ? null : TimeSpan.FromSeconds(shortest);
    }

    private DateTime? NextFrom(DateOnly day, int second)
    {
        for (var current = NextDay(day); current is { } d; current = NextDay(d.AddDays(1)))
        {
            if (FirstSecondFrom(d == day ? second : 0) is { } at)
            {
                return d.ToDateTime(TimeOnly.MinValue).AddSeconds(at);
            }
        }

        return null;
    }

    /// <summary>The first firing day on or after <paramref name="day"/>, if any up to 2099.</summary>
    private DateOnly? NextDay(DateOnly day)
    {
        while (day <= LastDay)
        {
            if (years is not null && !years[day.Year])
            {
                day = new DateOnly(day.Year + 1, 1, 1);
            }
            else if (!months[day.Month])
            {
                day = new DateOnly(day.Year, day.Month, 1).AddMonths(1);
            }
            else if (FiresOn(day))
            {
                return day;
            }
            else
            {
                day = day.AddDays(1);
            }
        }

        return null;
    }
}
