using Workflows.Core.Time;

namespace Workflows.Core.Deadlines;

/// <summary>
/// The times around a step's deadline, all measured in office time on the instance's calendar, so that the server and
/// <c>workflows due</c> agree: when to remind, how late a task is, and how far a paused deadline moves.
/// </summary>
public static class DeadlineMath
{
    /// <summary>
    /// The reminder: <paramref name="share"/> of the office time between opening and due (default 80%). Null when the
    /// share is not between 0 and 1 exclusive, or when there is no office time in between to take a share of.
    /// </summary>
    public static DateTimeOffset? ReminderAt(WorkingCalendar calendar, DateTimeOffset opened, DateTimeOffset due, double share)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (share is <= 0 or >= 1)
        {
            return null;
        }

        var office = calendar.WorkingTimeBetween(opened, due);
        return office <= TimeSpan.Zero ? null : calendar.AddWorkingTime(opened, office * share);
    }

    /// <summary>How late a step is at <paramref name="now"/>, in office time (zero when not late).</summary>
    public static TimeSpan Lateness(WorkingCalendar calendar, DateTimeOffset due, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.WorkingTimeBetween(due, now);
    }

    /// <summary>
    /// Office time within [<paramref name="from"/>, <paramref name="to"/>) covered by any of the away periods;
    /// overlapping periods count once.
    /// </summary>
    public static TimeSpan AwayTime(WorkingCalendar calendar, IEnumerable<AwayPeriod> periods, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(periods);
        var total = TimeSpan.Zero;
        var coveredUntil = from;
        foreach (var period in periods.OrderBy(p => p.Start))
        {
            var start = period.Start > coveredUntil ? period.Start : coveredUntil;
            var end = period.End < to ? period.End : to;
            if (end > start)
            {
                total += calendar.WorkingTimeBetween(start, end);
                coveredUntil = end;
            }
        }

        return total;
    }

    /// <summary>
    /// A <c>pause_when_away</c> deadline: the original due time moved on by the office time the assignee was away
    /// between opening and <paramref name="now"/>.
    /// </summary>
    public static DateTimeOffset PausedDue(
        WorkingCalendar calendar, DateTimeOffset opened, DateTimeOffset due, IEnumerable<AwayPeriod> away, DateTimeOffset now) =>
        calendar.AddWorkingTime(due, AwayTime(calendar, away, opened, now > due ? now : due));
}
