using Workflows.Core.Time;
using static Workflows.Core.Tests.Time.TestCalendars;

namespace Workflows.Core.Tests.Time;

/// <summary>Hari kalender, minggu and bulan ignore office hours and holidays.</summary>
internal sealed class CalendarSpanAdditionTests
{
    private static readonly WorkingCalendar Calendar = Asn();

    private static string Add(string startWib, int amount, DurationUnit unit) =>
        Format(Calendar.Add(Wib(startWib), new DurationAmount(amount, unit)));

    [Test]
    public void Three_hari_kalender_are_exactly_72_hours_even_over_holidays() =>
        Assert.That(Add("2025-03-28 10:00", 3, DurationUnit.CalendarDays), Is.EqualTo("2025-03-31 10:00 +07:00"));

    [Test]
    public void Hari_kalender_started_at_night_stay_at_night() =>
        Assert.That(Add("2025-01-04 22:15", 1, DurationUnit.CalendarDays), Is.EqualTo("2025-01-05 22:15 +07:00"));

    [Test]
    public void Two_minggu_are_fourteen_days_to_the_minute() =>
        Assert.That(Add("2025-03-28 10:00", 2, DurationUnit.Weeks), Is.EqualTo("2025-04-11 10:00 +07:00"));

    [Test]
    public void One_bulan_keeps_the_day_of_month_and_local_time() =>
        Assert.That(Add("2025-01-15 10:00", 1, DurationUnit.Months), Is.EqualTo("2025-02-15 10:00 +07:00"));

    [Test]
    public void One_bulan_from_31_January_is_clamped_to_28_February() =>
        Assert.That(Add("2025-01-31 10:00", 1, DurationUnit.Months), Is.EqualTo("2025-02-28 10:00 +07:00"));

    [Test]
    public void One_bulan_from_31_March_is_clamped_to_30_April() =>
        Assert.That(Add("2025-03-31 09:00", 1, DurationUnit.Months), Is.EqualTo("2025-04-30 09:00 +07:00"));

    [Test]
    public void Bulan_cross_the_year_boundary() =>
        Assert.That(Add("2025-11-30 10:00", 3, DurationUnit.Months), Is.EqualTo("2026-02-28 10:00 +07:00"));

    [Test]
    public void One_tahun_is_twelve_bulan()
    {
        var due = Calendar.Due(Wib("2025-02-28 10:00"), Parse("1 tahun"));

        Assert.That(Format(due.Due), Is.EqualTo("2026-02-28 10:00 +07:00"));
    }

    [Test]
    public void Bulan_use_the_local_date_of_the_calendar_zone_not_of_the_start_offset() =>
        // 31 January 20:00 UTC is already 1 February 03:00 WIB.
        Assert.That(
            Format(Calendar.Add(At("2025-01-31 20:00", 0), new DurationAmount(1, DurationUnit.Months))),
            Is.EqualTo("2025-03-01 03:00 +07:00"));
}
