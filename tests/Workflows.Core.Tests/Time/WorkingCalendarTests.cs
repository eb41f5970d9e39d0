using Workflows.Core.Time;
using static Workflows.Core.Tests.Time.TestCalendars;

namespace Workflows.Core.Tests.Time;

/// <summary>Construction and day-level queries of <see cref="WorkingCalendar"/>.</summary>
internal sealed class WorkingCalendarTests
{
    private static readonly Dictionary<DayOfWeek, IReadOnlyList<TimeRange>> NoDays = [];

    [Test]
    public void The_holiday_fixture_has_both_years_of_national_holidays_and_cuti_bersama() =>
        Assert.Multiple(() =>
        {
            Assert.That(NationalHolidays, Has.Count.EqualTo(53));
            Assert.That(NationalHolidays.Select(h => h.Kind).Distinct(), Is.EquivalentTo(new[] { HolidayKind.LiburNasional, HolidayKind.CutiBersama }));
        });

    [Test]
    public void HolidayOn_names_the_holiday_and_IsWorkingDay_is_false_on_it()
    {
        var calendar = Asn();
        var idulfitri = new DateOnly(2025, 3, 31);

        Assert.Multiple(() =>
        {
            Assert.That(calendar.HolidayOn(idulfitri)?.Name, Is.EqualTo("Hari Raya Idul Fitri"));
            Assert.That(calendar.HolidayOn(idulfitri)?.Kind, Is.EqualTo(HolidayKind.LiburNasional));
            Assert.That(calendar.IsWorkingDay(idulfitri), Is.False);
            Assert.That(calendar.OfficeHoursOn(idulfitri), Is.Empty);
            Assert.That(calendar.HolidayOn(new DateOnly(2025, 1, 6)), Is.Null);
        });
    }

    [Test]
    public void Weekends_have_no_office_hours_and_weekdays_have_two_intervals()
    {
        var calendar = Asn();

        Assert.Multiple(() =>
        {
            Assert.That(calendar.IsWorkingDay(new DateOnly(2025, 1, 4)), Is.False);
            Assert.That(calendar.IsWorkingDay(new DateOnly(2025, 1, 5)), Is.False);
            Assert.That(calendar.OfficeHoursOn(new DateOnly(2025, 1, 6)), Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void A_cuti_bersama_that_is_not_closed_is_still_reported_but_is_a_working_day()
    {
        var calendar = Asn(closedOn: new HashSet<HolidayKind> { HolidayKind.LiburNasional });
        var cutiBersama = new DateOnly(2025, 12, 26);

        Assert.Multiple(() =>
        {
            Assert.That(calendar.HolidayOn(cutiBersama)?.Kind, Is.EqualTo(HolidayKind.CutiBersama));
            Assert.That(calendar.IsWorkingDay(cutiBersama), Is.True);
        });
    }

    [Test]
    public void A_calendar_without_office_hours_throws_instead_of_hanging()
    {
        var calendar = new WorkingCalendar("tutup", WorkingCalendar.ResolveZone("Asia/Jakarta"), new WeeklyHours(NoDays), [], [], HolidayKinds.All);

        Assert.Multiple(() =>
        {
            Assert.That(
                () => calendar.Add(Wib("2025-01-06 10:00"), new DurationAmount(1, DurationUnit.Hours)),
                Throws.InvalidOperationException.With.Message.Contains("'tutup'"));
            Assert.That(
                () => calendar.Add(Wib("2025-01-06 10:00"), new DurationAmount(1, DurationUnit.WorkingDays)),
                Throws.InvalidOperationException.With.Message.Contains("'tutup'"));
        });
    }

    [Test]
    public void Overlapping_hours_periods_are_rejected()
    {
        var first = new HoursPeriod("A", new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 10), WeeklyHours.AsnRamadan);
        var second = new HoursPeriod("B", new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 20), WeeklyHours.AsnRamadan);

        Assert.That(() => Asn(periods: [second, first]), Throws.ArgumentException.With.Message.Contains("overlap"));
    }

    [Test]
    public void A_period_ending_before_it_starts_is_rejected()
    {
        var backwards = new HoursPeriod("Mundur", new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 1), WeeklyHours.AsnRamadan);

        Assert.That(() => Asn(periods: [backwards]), Throws.ArgumentException.With.Message.Contains("before it starts"));
    }

    [Test]
    public void An_empty_id_is_rejected() =>
        Assert.That(
            () => new WorkingCalendar(" ", TimeZoneInfo.Utc, WeeklyHours.AsnDefault, [], [], HolidayKinds.All),
            Throws.ArgumentException);
}
