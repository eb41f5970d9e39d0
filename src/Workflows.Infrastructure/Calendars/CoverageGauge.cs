using System.Diagnostics.Metrics;

namespace Workflows.Infrastructure.Calendars;

/// <summary>
/// The gauge <c>workflows.calendar.coverage</c> (unit days; <c>workflows_calendar_coverage_days</c> at <c>/metrics</c>),
/// one measurement per calendar in use (tag <c>calendar</c>): days from today, in the calendar's zone, to the last date
/// its holiday list covers. The calendars in use are those the last <see cref="CoverageCheck"/> found; the days are
/// counted when the gauge is read. Its meter is the node's own (made by the host's meter factory and disposed with
/// it), so it has a name of its own: disposing a meter stops the export of every meter of the same name.
/// </summary>
public sealed class CoverageGauge
{
    public const string MeterName = "Workflows.Calendars";

    public const string DaysLeft = "workflows.calendar.coverage";

    private readonly TimeProvider time;
    private volatile IReadOnlyList<CalendarUse> uses = [];

    public CoverageGauge(IMeterFactory meters, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        this.time = time;
        // The factory owns the meter and disposes it with the service provider.
        meters.Create(MeterName).CreateObservableGauge(DaysLeft, Measure, unit: "d",
            description: "Days left of the dates a calendar in use lists holidays for (negative once they have passed).");
    }

    /// <summary>Replaces the calendars in use with what a check has just found.</summary>
    public void Observe(IReadOnlyList<CalendarUse> current) => uses = current;

    private IEnumerable<Measurement<int>> Measure()
    {
        var now = time.GetUtcNow();
        foreach (var use in uses)
        {
            if (use.DaysLeft(now) is { } days)
            {
                yield return new Measurement<int>(days, new KeyValuePair<string, object?>("calendar", use.Id));
            }
        }
    }
}
