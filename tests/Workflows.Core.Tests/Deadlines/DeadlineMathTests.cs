using Workflows.Core.Calendars;
using Workflows.Core.Deadlines;
using Workflows.Core.Time;

namespace Workflows.Core.Tests.Deadlines;

/// <summary>Reminder times, lateness and paused deadlines, in office time on the id-asn calendar.</summary>
public sealed class DeadlineMathTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private static readonly WorkingCalendar Calendar =
        CalendarCatalog.LoadDirectory(Path.Combine(RepositoryPaths.Workflows, "calendars")).Calendars["id-asn"];

    [Test]
    public void The_reminder_comes_at_80_percent_of_the_office_time_skipping_the_lunch_break()
    {
        // Monday 2 Nov 2026 10:00 WIB, 3 jam → due 14:00 (12:00–13:00 is the break); 80% = 2 h 24 min of office time.
        var opened = new DateTimeOffset(2026, 11, 2, 10, 0, 0, Wib);
        var due = Calendar.Add(opened, new DurationAmount(3, DurationUnit.Hours));

        Assert.That(due, Is.EqualTo(new DateTimeOffset(2026, 11, 2, 14, 0, 0, Wib)));
        Assert.That(DeadlineMath.ReminderAt(Calendar, opened, due, 0.8), Is.EqualTo(new DateTimeOffset(2026, 11, 2, 13, 24, 0, Wib)));
        Assert.That(DeadlineMath.ReminderAt(Calendar, opened, due, 0), Is.Null, "a share of 0 turns reminders off");
    }

    [Test]
    public void Lateness_counts_office_time_only()
    {
        // Due Friday 6 Nov 16:30; looked at Monday 9 Nov 08:30: the weekend does not count, one hour of Monday does.
        var due = new DateTimeOffset(2026, 11, 6, 16, 30, 0, Wib);
        Assert.That(DeadlineMath.Lateness(Calendar, due, new DateTimeOffset(2026, 11, 9, 8, 30, 0, Wib)), Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(DeadlineMath.Lateness(Calendar, due, due.AddHours(-1)), Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void A_paused_deadline_moves_on_by_the_office_time_away_counting_overlaps_once()
    {
        var opened = new DateTimeOffset(2026, 11, 2, 8, 0, 0, Wib);
        var due = new DateTimeOffset(2026, 11, 2, 10, 0, 0, Wib);
        AwayPeriod[] away =
        [
            new(opened.AddMinutes(30), opened.AddMinutes(90)),
            new(opened.AddMinutes(60), opened.AddMinutes(90)),
            new(opened.AddDays(-3), opened.AddDays(-2)),
        ];

        Assert.That(DeadlineMath.AwayTime(Calendar, away, opened, due), Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(DeadlineMath.PausedDue(Calendar, opened, due, away, due), Is.EqualTo(due.AddHours(1)));
        Assert.That(DeadlineMath.PausedDue(Calendar, opened, due, [], due), Is.EqualTo(due));
    }

}
