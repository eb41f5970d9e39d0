using Workflows.Core.Time;
using static Workflows.Core.Tests.Time.TestCalendars;

namespace Workflows.Core.Tests.Time;

/// <summary>Office time elapsed between two instants, used for lateness and paused deadlines.</summary>
internal sealed class WorkingTimeBetweenTests
{
    private static readonly WorkingCalendar Calendar = Asn();

    private static TimeSpan Between(string fromWib, string toWib) => Calendar.WorkingTimeBetween(Wib(fromWib), Wib(toWib));

    [Test]
    public void Within_one_morning_it_is_the_plain_difference() =>
        Assert.That(Between("2025-01-06 08:00", "2025-01-06 10:15"), Is.EqualTo(TimeSpan.FromMinutes(135)));

    [Test]
    public void The_lunch_break_does_not_count() =>
        Assert.That(Between("2025-01-06 11:00", "2025-01-06 14:00"), Is.EqualTo(TimeSpan.FromHours(2)));

    [Test]
    public void Across_a_weekend_only_Friday_afternoon_and_Monday_morning_count() =>
        Assert.That(Between("2025-01-10 15:00", "2025-01-13 09:30"), Is.EqualTo(TimeSpan.FromHours(3.5)));

    [Test]
    public void Across_holidays_the_closed_days_do_not_count() =>
        // Monday 27 to Wednesday 29 January 2025 are Isra Mikraj, cuti bersama Imlek and Imlek.
        Assert.That(Between("2025-01-24 16:00", "2025-01-30 08:30"), Is.EqualTo(TimeSpan.FromHours(1.5)));

    [Test]
    public void A_whole_week_is_thirty_seven_and_a_half_jam() =>
        Assert.That(Between("2025-01-05 00:00", "2025-01-12 00:00"), Is.EqualTo(TimeSpan.FromHours(37.5)));

    [Test]
    public void Nights_and_breaks_alone_are_zero() =>
        Assert.That(Between("2025-01-06 12:00", "2025-01-06 13:00"), Is.EqualTo(TimeSpan.Zero));

    [Test]
    public void A_reversed_interval_is_zero() =>
        Assert.That(Between("2025-01-07 10:00", "2025-01-06 10:00"), Is.EqualTo(TimeSpan.Zero));

    [Test]
    public void Instants_with_other_offsets_are_read_in_the_calendar_zone() =>
        Assert.That(
            Calendar.WorkingTimeBetween(At("2025-01-06 01:00", 0), At("2025-01-06 10:30", 9)),
            Is.EqualTo(TimeSpan.FromMinutes(30)));

    [TestCase("2025-04-01 10:00", 2)]
    [TestCase("2025-01-06 11:30", 1)]
    [TestCase("2025-01-10 16:00", 5)]
    [TestCase("2025-12-31 15:00", 40)]
    public void It_measures_back_exactly_the_jam_that_were_added(string startWib, int hours)
    {
        var start = Wib(startWib);
        var due = Calendar.Add(start, new DurationAmount(hours, DurationUnit.Hours));

        Assert.That(Calendar.WorkingTimeBetween(start, due), Is.EqualTo(TimeSpan.FromHours(hours)));
    }
}
