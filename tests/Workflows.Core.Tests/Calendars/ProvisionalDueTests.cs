using System.Globalization;
using Workflows.Core.Calendars;
using Workflows.Core.Time;

namespace Workflows.Core.Tests.Calendars;

/// <summary>
/// Issue 15 on the repository's calendars: a due time counted in office time past the last decree is provisional, one
/// counted wholly within it never is, and the fixed holidays still apply after it.
/// </summary>
public sealed class ProvisionalDueTests
{
    private static readonly CalendarCatalog Shipped = CalendarCatalog.LoadDirectory(RepositoryPaths.Calendars);

    private static readonly DateOnly LastCovered = new(2026, 12, 31);

    private static DueWindow Due(string calendar, DateTimeOffset start, string duration)
    {
        Assert.That(MutuBakuParser.TryParse(duration, out var mutuBaku, out var error), Is.True, error);
        return Shipped.Calendars[calendar].Due(start, mutuBaku);
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    [TestCase("id-asn", "+07:00")]
    [TestCase("id-asn-wita", "+08:00")]
    [TestCase("id-asn-wit", "+09:00")]
    public void Three_hari_kerja_from_30_December_2026_skips_new_year_2027_and_is_provisional(string calendar, string offset)
    {
        var window = Due(calendar, At($"2026-12-30T10:00:00{offset}"), "3 hari kerja");

        // 31 December, then 1 January 2027 (recurring Tahun Baru Masehi) and the weekend, then 4 and 5 January.
        Assert.That(window.Due, Is.EqualTo(At($"2027-01-05T16:00:00{offset}")));
        Assert.That(window.Due!.Value.Offset, Is.EqualTo(At($"2027-01-05T16:00:00{offset}").Offset));
        Assert.That(window.Provisional, Is.True);
    }

    [TestCase("id-asn")]
    [TestCase("id-asn-wita")]
    [TestCase("id-asn-wit")]
    public void The_zone_calendars_inherit_the_coverage_and_the_recurring_holidays(string calendar)
    {
        var asn = Shipped.Calendars[calendar];

        Assert.Multiple(() =>
        {
            Assert.That(asn.Coverage, Is.EqualTo(new CalendarCoverage(new DateOnly(2025, 1, 1), LastCovered)));
            Assert.That(asn.Recurring.Select(r => r.ToString()), Is.EqualTo(new[]
            {
                "01-01 Tahun Baru Masehi", "05-01 Hari Buruh Internasional", "06-01 Hari Lahir Pancasila",
                "08-17 Hari Kemerdekaan Republik Indonesia", "12-25 Hari Raya Natal",
            }));
            Assert.That(asn.HolidayOn(new DateOnly(2027, 1, 1))?.Name, Is.EqualTo("Tahun Baru Masehi"));
            Assert.That(asn.IsWorkingDay(new DateOnly(2027, 8, 17)), Is.False, "Tuesday, Hari Kemerdekaan 2027");
            Assert.That(asn.IsWorkingDay(new DateOnly(2027, 8, 16)), Is.True, "Monday before it");
        });
    }

    /// <summary>
    /// Starts every third day across both covered years at five times of day, in every office-time unit: those due by
    /// 31 December 2026 are firm, those due later provisional.
    /// </summary>
    [Test]
    public void A_due_time_counted_within_coverage_is_never_provisional_and_one_past_it_always_is()
    {
        string[] durations = ["30 menit", "2 jam", "7 jam", "1 hari kerja", "3 hari kerja", "14 hari kerja", "1 – 5 hari kerja", "2 jam - 2 hari"];
        var calendar = Shipped.Calendars["id-asn"];
        var wrong = new List<string>();
        var (firm, provisional) = (0, 0);
        for (var day = new DateOnly(2025, 1, 1); day <= LastCovered; day = day.AddDays(3))
        {
            foreach (var hour in new[] { 0, 7, 11, 15, 21 })
            {
                var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 17)), TimeSpan.FromHours(7));
                foreach (var duration in durations)
                {
                    var window = Due("id-asn", start, duration);
                    var withinCoverage = DateOnly.FromDateTime(window.Due!.Value.DateTime) <= LastCovered;
                    (firm, provisional) = withinCoverage ? (firm + 1, provisional) : (firm, provisional + 1);
                    if (window.Provisional == withinCoverage)
                    {
                        wrong.Add($"{start:yyyy-MM-dd HH:mm} + {duration} = {window.Due:yyyy-MM-dd HH:mm}, provisional {window.Provisional}");
                    }
                }
            }
        }

        Assert.That(wrong, Is.Empty);
        Assert.That(firm, Is.GreaterThan(8000));
        Assert.That(provisional, Is.GreaterThan(10), "the last starts run past the decree");
        Assert.That(calendar.Coverage!.To, Is.EqualTo(LastCovered));
    }

    [TestCase("30 hari kalender")]
    [TestCase("2 minggu")]
    [TestCase("3 bulan")]
    [TestCase("1 tahun")]
    [TestCase("1 minggu - 1 bulan")]
    public void Calendar_days_weeks_and_months_are_never_provisional(string duration)
    {
        var window = Due("id-asn", At("2026-12-20T10:00:00+07:00"), duration);

        Assert.That(window.Due, Is.GreaterThan(At("2027-01-01T00:00:00+07:00")));
        Assert.That(window.Provisional, Is.False);
    }

    [Test]
    public void A_start_before_coverage_is_provisional_even_when_due_inside_it()
    {
        var window = Due("id-asn", At("2024-12-31T10:00:00+07:00"), "2 hari kerja");

        Assert.That(window.Due, Is.EqualTo(At("2025-01-03T16:30:00+07:00")), "1 January 2025 is a holiday; Friday closes at 16:30");
        Assert.That(window.Provisional, Is.True);
    }

    [Test]
    public void A_range_is_provisional_when_only_its_maximum_runs_past_coverage()
    {
        var window = Due("id-asn", At("2026-12-28T10:00:00+07:00"), "1 – 5 hari kerja");

        Assert.That(window.Earliest, Is.EqualTo(At("2026-12-29T16:00:00+07:00")));
        Assert.That(window.Due!.Value, Is.GreaterThan(At("2027-01-01T00:00:00+07:00")));
        Assert.That(window.Provisional, Is.True);
    }
}
