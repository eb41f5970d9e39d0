using Workflows.Core.Time;
using static Workflows.Core.Tests.Time.TestCalendars;

namespace Workflows.Core.Tests.Time;

/// <summary>Adding hari kerja: due at closing time of the N-th working day after the start day.</summary>
internal sealed class WorkingDayAdditionTests
{
    private static readonly Holiday HariJadi =
        new(new DateOnly(2025, 6, 19), HolidayKind.LiburDaerah, "Hari Jadi Kota (contoh)");

    private static string AddDays(WorkingCalendar calendar, string startWib, int days) =>
        Format(calendar.Add(Wib(startWib), new DurationAmount(days, DurationUnit.WorkingDays)));

    private static string AddDays(string startWib, int days) => AddDays(Asn(), startWib, days);

    [Test]
    public void One_hari_kerja_from_Monday_is_due_at_Tuesday_closing() =>
        Assert.That(AddDays("2025-01-06 10:00", 1), Is.EqualTo("2025-01-07 16:00 +07:00"));

    [Test]
    public void The_start_day_never_counts_even_when_started_before_opening() =>
        Assert.That(AddDays("2025-01-06 06:00", 1), Is.EqualTo("2025-01-07 16:00 +07:00"));

    [Test]
    public void A_hari_kerja_ending_on_Friday_is_due_at_the_later_Friday_closing() =>
        Assert.That(AddDays("2025-01-06 10:00", 4), Is.EqualTo("2025-01-10 16:30 +07:00"));

    [Test]
    public void One_hari_kerja_from_Friday_skips_the_weekend() =>
        Assert.That(AddDays("2025-01-10 10:00", 1), Is.EqualTo("2025-01-13 16:00 +07:00"));

    [Test]
    public void One_hari_kerja_started_on_Saturday_is_due_on_Monday() =>
        Assert.That(AddDays("2025-01-04 10:00", 1), Is.EqualTo("2025-01-06 16:00 +07:00"));

    [Test]
    public void Started_on_a_holiday_the_first_working_day_after_it_counts() =>
        Assert.That(AddDays("2025-04-01 10:00", 1), Is.EqualTo("2025-04-08 16:00 +07:00"));

    [Test]
    public void Libur_nasional_and_cuti_bersama_are_skipped() =>
        // 25 December 2025 is Natal (libur nasional), 26 December cuti bersama.
        Assert.That(AddDays("2025-12-24 10:00", 1), Is.EqualTo("2025-12-29 16:00 +07:00"));

    [Test]
    public void A_unit_open_on_cuti_bersama_counts_it_as_a_working_day()
    {
        var calendar = Asn(closedOn: new HashSet<HolidayKind> { HolidayKind.LiburNasional, HolidayKind.LiburDaerah });

        Assert.That(AddDays(calendar, "2025-12-24 10:00", 1), Is.EqualTo("2025-12-26 16:30 +07:00"));
    }

    [Test]
    public void A_libur_daerah_closes_the_offices_of_its_region() =>
        Assert.That(AddDays(Asn(extraHolidays: [HariJadi]), "2025-06-18 10:00", 1), Is.EqualTo("2025-06-20 16:30 +07:00"));

    [Test]
    public void A_libur_daerah_is_a_working_day_where_that_kind_is_not_closed()
    {
        var calendar = Asn(
            extraHolidays: [HariJadi],
            closedOn: new HashSet<HolidayKind> { HolidayKind.LiburNasional, HolidayKind.CutiBersama });

        Assert.That(AddDays(calendar, "2025-06-18 10:00", 1), Is.EqualTo("2025-06-19 16:00 +07:00"));
    }

    [Test]
    public void One_hari_kerja_from_31_December_2025_is_due_on_Friday_2_January_at_1630() =>
        Assert.That(AddDays("2025-12-31 10:00", 1), Is.EqualTo("2026-01-02 16:30 +07:00"));

    [Test]
    public void Christmas_2026_cuti_bersama_and_Natal_push_the_deadline_past_the_weekend()
    {
        Assert.That(AddDays("2026-12-23 10:00", 1), Is.EqualTo("2026-12-28 16:00 +07:00"));
        Assert.That(AddDays("2026-12-23 10:00", 2), Is.EqualTo("2026-12-29 16:00 +07:00"));
    }

    [Test]
    public void Fifty_hari_kerja_skip_every_weekend_and_holiday_between() =>
        // 53 weekdays from 7 January to 20 March 2025, less Isra Mikraj, cuti bersama Imlek and Imlek.
        Assert.That(AddDays("2025-01-06 10:00", 50), Is.EqualTo("2025-03-20 16:00 +07:00"));
}
