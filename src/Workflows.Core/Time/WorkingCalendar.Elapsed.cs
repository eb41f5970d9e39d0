namespace Workflows.Core.Time;

/// <summary>Measuring office time already spent, for lateness and for pausing deadlines.</summary>
public sealed partial class WorkingCalendar
{
    /// <summary>
    /// Office time between two instants, skipping breaks, nights and closed days; zero when
    /// <paramref name="to"/> is not after <paramref name="from"/>. The inverse of adding minutes or hours:
    /// <c>WorkingTimeBetween(s, Add(s, N jam))</c> is N jam.
    /// </summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var localFrom = ToLocal(from);
        var localTo = ToLocal(to);
        var lastDate = DateOnly.FromDateTime(localTo);
        var total = TimeSpan.Zero;
        for (var date = DateOnly.FromDateTime(localFrom); ; date = date.AddDays(1))
        {
            var lower = date == DateOnly.FromDateTime(localFrom) ? localFrom.TimeOfDay : TimeSpan.Zero;
            var upper = date == lastDate ? localTo.TimeOfDay : TimeSpan.FromDays(1);
            foreach (var range in OfficeHoursOn(date))
            {
                var start = range.Start.ToTimeSpan() > lower ? range.Start.ToTimeSpan() : lower;
                var end = range.End.ToTimeSpan() < upper ? range.End.ToTimeSpan() : upper;
                if (end > start)
                {
                    total += end - start;
                }
            }

            if (date == lastDate)
            {
                return total;
            }
        }
    }
}
