using Workflows.Core.Time;
using static Workflows.Core.Tests.Time.TestCalendars;

namespace Workflows.Core.Tests.Time;

/// <summary>Inside an hours period (Ramadan) its office hours replace the weekly ones.</summary>
internal sealed class RamadanHoursTests
{
    private static readonly WorkingCalendar Calendar = Asn(periods: [Ramadan2025]);

    private static string Add(string startWib, int amount, DurationUnit unit) =>
        Format(Calendar.Add(Wib(startWib), new DurationAmount(amount, unit)));

    [Test]
    public void Ramadan_week_is_thirty_two_and_a_half_jam() =>
        Assert.That(WeeklyHours.AsnRamadan.TotalPerWeek, Is.EqualTo(TimeSpan.FromHours(32.5)));

    [Test]
    public void During_Ramadan_office_opens_at_0800() =>
        Assert.That(Add("2025-03-10 07:00", 1, DurationUnit.Hours), Is.EqualTo("2025-03-10 09:00 +07:00"));

    [Test]
    public void During_Ramadan_the_break_is_half_an_hour() =>
        Assert.That(Add("2025-03-10 11:30", 1, DurationUnit.Hours), Is.EqualTo("2025-03-10 13:00 +07:00"));

    [Test]
    public void During_Ramadan_office_closes_at_1500_and_work_continues_next_morning() =>
        Assert.That(Add("2025-03-10 14:30", 1, DurationUnit.Hours), Is.EqualTo("2025-03-11 08:30 +07:00"));

    [Test]
    public void A_hari_kerja_ending_on_a_Ramadan_Friday_is_due_at_1530() =>
        Assert.That(Add("2025-03-13 10:00", 1, DurationUnit.WorkingDays), Is.EqualTo("2025-03-14 15:30 +07:00"));

    [Test]
    public void Normal_hours_resume_the_day_after_the_period() =>
        // The period ends on Sunday 30 March; Idulfitri closes 31 March–7 April, then normal hours apply.
        Assert.That(Add("2025-03-27 14:30", 1, DurationUnit.Hours), Is.EqualTo("2025-04-08 08:00 +07:00"));

    [Test]
    public void The_first_day_of_the_period_already_uses_Ramadan_hours()
    {
        var calendar = Asn(periods: [new HoursPeriod("Ramadan", new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 7), WeeklyHours.AsnRamadan)]);

        Assert.Multiple(() =>
        {
            Assert.That(calendar.OfficeHoursOn(new DateOnly(2025, 2, 28))[0].Start, Is.EqualTo(new TimeOnly(7, 30)));
            Assert.That(calendar.OfficeHoursOn(new DateOnly(2025, 3, 3))[0].Start, Is.EqualTo(new TimeOnly(8, 0)));
            Assert.That(calendar.OfficeHoursOn(new DateOnly(2025, 3, 7))[^1].End, Is.EqualTo(new TimeOnly(15, 30)));
            Assert.That(calendar.OfficeHoursOn(new DateOnly(2025, 3, 10))[0].Start, Is.EqualTo(new TimeOnly(7, 30)));
        });
    }

    [Test]
    public void Holidays_still_close_the_office_inside_a_period() =>
        // Cuti bersama Nyepi on Friday 28 March 2025 falls inside Ramadan.
        Assert.That(Calendar.OfficeHoursOn(new DateOnly(2025, 3, 28)), Is.Empty);
}
