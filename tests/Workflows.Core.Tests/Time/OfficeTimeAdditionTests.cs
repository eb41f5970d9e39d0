using Workflows.Core.Time;
using static Workflows.Core.Tests.Time.TestCalendars;

namespace Workflows.Core.Tests.Time;

/// <summary>Adding minutes and hours of office time (jam kerja) on the ASN calendar, WIB.</summary>
internal sealed class OfficeTimeAdditionTests
{
    private static readonly WorkingCalendar Calendar = Asn();

    private static string AddHours(string startWib, int hours) =>
        Format(Calendar.Add(Wib(startWib), new DurationAmount(hours, DurationUnit.Hours)));

    private static string AddMinutes(string startWib, int minutes) =>
        Format(Calendar.Add(Wib(startWib), new DurationAmount(minutes, DurationUnit.Minutes)));

    [Test]
    public void Two_jam_started_on_Idulfitri_2025_is_due_on_8_April_at_0930() =>
        // 1 April is Idulfitri day two, 2–4 and 7 April are cuti bersama, 5–6 April a weekend.
        Assert.That(AddHours("2025-04-01 10:00", 2), Is.EqualTo("2025-04-08 09:30 +07:00"));

    [Test]
    public void Thirty_menit_inside_office_hours_is_due_thirty_minutes_later() =>
        Assert.That(AddMinutes("2025-01-06 08:00", 30), Is.EqualTo("2025-01-06 08:30 +07:00"));

    [Test]
    public void One_jam_started_at_1130_on_Monday_skips_the_lunch_break_and_ends_at_1330() =>
        Assert.That(AddHours("2025-01-06 11:30", 1), Is.EqualTo("2025-01-06 13:30 +07:00"));

    [Test]
    public void One_jam_started_during_the_lunch_break_begins_at_1300() =>
        Assert.That(AddHours("2025-01-06 12:15", 1), Is.EqualTo("2025-01-06 14:00 +07:00"));

    [Test]
    public void Work_that_ends_exactly_at_the_break_is_due_at_the_break_not_after_it() =>
        Assert.That(AddHours("2025-01-06 10:00", 2), Is.EqualTo("2025-01-06 12:00 +07:00"));

    [Test]
    public void Work_that_ends_exactly_at_closing_is_due_at_closing_not_next_morning() =>
        Assert.That(AddHours("2025-01-06 14:00", 2), Is.EqualTo("2025-01-06 16:00 +07:00"));

    [Test]
    public void A_full_Monday_of_office_time_is_seven_and_a_half_jam() =>
        Assert.That(AddMinutes("2025-01-06 07:30", 450), Is.EqualTo("2025-01-06 16:00 +07:00"));

    [Test]
    public void One_jam_started_at_1100_on_Friday_skips_the_longer_Friday_break_and_ends_at_1330() =>
        Assert.That(AddHours("2025-01-10 11:00", 1), Is.EqualTo("2025-01-10 13:30 +07:00"));

    [Test]
    public void Friday_closes_at_1630_so_one_jam_from_1530_ends_that_day() =>
        Assert.That(AddHours("2025-01-10 15:30", 1), Is.EqualTo("2025-01-10 16:30 +07:00"));

    [Test]
    public void One_jam_started_at_1600_on_Friday_continues_on_Monday_morning() =>
        Assert.That(AddHours("2025-01-10 16:00", 1), Is.EqualTo("2025-01-13 08:00 +07:00"));

    [Test]
    public void One_jam_started_at_night_begins_at_next_opening() =>
        Assert.That(AddHours("2025-01-06 20:00", 1), Is.EqualTo("2025-01-07 08:30 +07:00"));

    [Test]
    public void One_jam_started_before_opening_begins_at_0730() =>
        Assert.That(AddHours("2025-01-06 06:00", 1), Is.EqualTo("2025-01-06 08:30 +07:00"));

    [Test]
    public void One_jam_started_on_Saturday_begins_on_Monday() =>
        Assert.That(AddHours("2025-01-04 10:00", 1), Is.EqualTo("2025-01-06 08:30 +07:00"));

    [Test]
    public void Office_time_skips_a_libur_nasional_and_its_cuti_bersama() =>
        // Isra Mikraj on Monday 27 January 2025, cuti bersama Imlek on the 28th, Imlek on the 29th.
        Assert.That(AddHours("2025-01-24 16:00", 1), Is.EqualTo("2025-01-30 08:00 +07:00"));

    [Test]
    public void Office_time_crosses_the_new_year_skipping_1_January() =>
        Assert.That(AddHours("2025-12-31 15:00", 2), Is.EqualTo("2026-01-02 08:30 +07:00"));

    [Test]
    public void Forty_jam_span_more_than_a_working_week() =>
        // 37.5 jam is Monday 07:30 to Friday 16:30; the remaining 2.5 jam fall on the next Monday.
        Assert.That(AddHours("2025-01-06 07:30", 40), Is.EqualTo("2025-01-13 10:00 +07:00"));

    [Test]
    public void A_start_given_in_utc_is_answered_in_WIB() =>
        Assert.That(
            Format(Calendar.Add(At("2025-01-06 01:00", 0), new DurationAmount(1, DurationUnit.Hours))),
            Is.EqualTo("2025-01-06 09:00 +07:00"));

    [Test]
    public void Seconds_of_the_start_are_kept() =>
        Assert.That(
            Calendar.Add(Wib("2025-01-06 08:00").AddSeconds(30), new DurationAmount(1, DurationUnit.Minutes)),
            Is.EqualTo(Wib("2025-01-06 08:01").AddSeconds(30)));

    [Test]
    public void A_default_amount_of_zero_is_rejected() =>
        Assert.That(() => Calendar.Add(Wib("2025-01-06 08:00"), default), Throws.TypeOf<ArgumentOutOfRangeException>());
}
