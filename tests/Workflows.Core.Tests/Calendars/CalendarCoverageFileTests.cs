using System.Globalization;
using System.Text;
using Workflows.Core.Calendars;
using Workflows.Core.Diagnostics;
using Workflows.Core.Time;

namespace Workflows.Core.Tests.Calendars;

/// <summary>What the loader says about <c>covers</c> and <c>recurring_holidays</c>, written well and badly.</summary>
public sealed class CalendarCoverageFileTests
{
    private const string Base = """
        id: base
        time_zone: Asia/Jakarta
        hours:
          monday: ["08:00-16:00"]
          tuesday: ["08:00-16:00"]
          wednesday: ["08:00-16:00"]
          thursday: ["08:00-16:00"]
          friday: ["08:00-16:00"]

        """;

    /// <summary>The line of <see cref="Base"/> plus one: where the first line of a test's own text lands.</summary>
    private const int FirstOwnLine = 9;

    private static CalendarCatalog Load(params (string File, string Yaml)[] files) =>
        CalendarCatalog.Load(files.Select(f => (f.File, Encoding.UTF8.GetBytes(f.Yaml))));

    private static string[] Problems(CalendarCatalog catalog) =>
        [.. catalog.Diagnostics.Select(d => $"{d.File}:{d.Position.Line}:{d.Code}")];

    [TestCase("covers: { from: 2025-13-01, to: 2026-12-31 }", "WF030")]
    [TestCase("covers: { from: 2025-01-01, to: 31-12-2026 }", "WF030")]
    [TestCase("covers: { from: 2026-01-01, to: 2025-12-31 }", "WF030")]
    [TestCase("covers: { from: 2025-01-01 }", "WF006")]
    [TestCase("covers: { to: 2026-12-31 }", "WF006")]
    [TestCase("covers: 2025-2026", "WF005")]
    [TestCase("covers: { from: 2025-01-01, to: 2026-12-31, until: 2027-01-01 }", "WF004")]
    public void A_bad_covers_is_reported_on_its_line_and_builds_no_calendar(string covers, string code)
    {
        var catalog = Load(("base.yaml", Base + covers + "\n"));

        Assert.That(Problems(catalog), Is.EqualTo(new[] { $"base.yaml:{FirstOwnLine}:{code}" }), string.Join("\n", catalog.Diagnostics));
        Assert.That(catalog.Calendars, Is.Empty);
    }

    [Test]
    public void Both_bad_dates_of_covers_are_reported()
    {
        var catalog = Load(("base.yaml", Base + "covers:\n  from: 2025-02-30\n  to: next year\n"));

        Assert.That(Problems(catalog), Is.EqualTo(new[] { $"base.yaml:{FirstOwnLine + 1}:WF030", $"base.yaml:{FirstOwnLine + 2}:WF030" }),
            string.Join("\n", catalog.Diagnostics));
    }

    [Test]
    public void Covers_of_a_single_day_is_allowed() =>
        Assert.That(Load(("base.yaml", Base + "covers: { from: 2025-01-01, to: 2025-01-01 }\n")).Calendars["base"].Coverage,
            Is.EqualTo(new CalendarCoverage(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1))));

    [TestCase("13-01", "libur_nasional", "WF030")]
    [TestCase("02-30", "libur_nasional", "WF030")]
    [TestCase("1 Jan", "libur_nasional", "WF030")]
    [TestCase("8-17", "libur_nasional", "WF030")]
    [TestCase("2025-08-17", "libur_nasional", "WF030")]
    [TestCase("08-17", "hari_besar", "WF030")]
    public void A_bad_recurring_holiday_is_reported_on_its_line(string date, string kind, string code)
    {
        var catalog = Load(("base.yaml", Base + $"recurring_holidays:\n  - {{ date: \"{date}\", kind: {kind}, name: X }}\n"));

        Assert.That(Problems(catalog), Is.EqualTo(new[] { $"base.yaml:{FirstOwnLine + 1}:{code}" }), string.Join("\n", catalog.Diagnostics));
        Assert.That(catalog.Calendars, Is.Empty);
    }

    [Test]
    public void A_recurring_holiday_listed_twice_or_without_a_kind_is_reported()
    {
        var catalog = Load(("base.yaml", Base + """
            recurring_holidays:
              - { date: 08-17, kind: libur_nasional, name: Hari Kemerdekaan }
              - { date: 08-17, kind: libur_nasional, name: Hari Kemerdekaan lagi }
              - { date: 12-25, name: Natal }
            """));

        Assert.That(Problems(catalog), Is.EqualTo(new[]
        {
            $"base.yaml:{FirstOwnLine + 2}:{DiagnosticCodes.DuplicateId}", $"base.yaml:{FirstOwnLine + 3}:{DiagnosticCodes.MissingKey}",
        }), string.Join("\n", catalog.Diagnostics));
    }

    [Test]
    public void A_recurring_29_February_applies_in_leap_years_only()
    {
        var calendar = Load(("base.yaml", Base + "recurring_holidays:\n  - { date: 02-29, kind: libur_nasional, name: Hari Kabisat }\n"))
            .Calendars["base"];

        Assert.Multiple(() =>
        {
            Assert.That(calendar.HolidayOn(new DateOnly(2028, 2, 29))?.Name, Is.EqualTo("Hari Kabisat"));
            Assert.That(calendar.IsWorkingDay(new DateOnly(2028, 2, 29)), Is.False, "Tuesday 29 February 2028");
            Assert.That(calendar.HolidayOn(new DateOnly(2027, 2, 28)), Is.Null);
            Assert.That(calendar.IsWorkingDay(new DateOnly(2027, 3, 1)), Is.True, "no 29 February in 2027, and no stand-in for it");
        });
    }

    [Test]
    public void A_recurring_holiday_applies_in_every_year_also_beyond_coverage()
    {
        var calendar = Load(("base.yaml", Base + """
            covers: { from: 2025-01-01, to: 2025-12-31 }
            recurring_holidays:
              - { date: 08-17, kind: libur_nasional, name: Hari Kemerdekaan }
            """)).Calendars["base"];

        Assert.That(new[] { 2020, 2025, 2031, 2099 }.Select(y => calendar.IsWorkingDay(new DateOnly(y, 8, 17))), Has.All.False);
        Assert.That(calendar.HolidayOn(new DateOnly(2031, 8, 17)), Is.EqualTo(new Holiday(new DateOnly(2031, 8, 17), HolidayKind.LiburNasional, "Hari Kemerdekaan")));
    }

    [TestCase("libur_nasional", "libur_daerah", "Recurring")]
    [TestCase("libur_daerah", "libur_nasional", "Listed")]
    [TestCase("libur_daerah", "libur_daerah", "Listed")]
    [TestCase("libur_nasional", "libur_nasional", "Listed")]
    public void A_listed_holiday_on_a_recurring_day_gives_way_only_to_a_recurring_one_that_closes(string recurringKind, string listedKind, string winner)
    {
        var calendar = Load(("base.yaml", Base + $$"""
            closed_on: [libur_nasional]
            recurring_holidays:
              - { date: 08-18, kind: {{recurringKind}}, name: Recurring }
            holidays:
              - { date: 2025-08-18, kind: {{listedKind}}, name: Listed }
            """)).Calendars["base"];
        var monday = new DateOnly(2025, 8, 18);

        Assert.That(calendar.HolidayOn(monday)?.Name, Is.EqualTo(winner));
        Assert.That(calendar.IsWorkingDay(monday), Is.EqualTo(recurringKind != "libur_nasional" && listedKind != "libur_nasional"));
    }

    [Test]
    public void A_child_without_covers_inherits_its_parents_coverage_and_recurring_holidays()
    {
        var catalog = Load(
            ("base.yaml", Base + "covers: { from: 2025-01-01, to: 2026-12-31 }\nrecurring_holidays:\n  - { date: 08-17, kind: libur_nasional, name: Merdeka }\n"),
            ("child.yaml", "id: child\nextends: base\ntime_zone: Asia/Makassar\n"));
        var child = catalog.Calendars["child"];

        Assert.That(catalog.Diagnostics, Is.Empty);
        Assert.That(child.Coverage, Is.EqualTo(new CalendarCoverage(new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31))));
        Assert.That(child.IsWorkingDay(new DateOnly(2027, 8, 17)), Is.False);
    }

    [TestCase("2025-01-01", "2026-12-31")]
    [TestCase("2025-06-01", "2025-12-31")]
    public void A_child_may_narrow_its_parents_coverage(string from, string to)
    {
        var catalog = Load(
            ("base.yaml", Base + "covers: { from: 2025-01-01, to: 2026-12-31 }\n"),
            ("child.yaml", $"id: child\nextends: base\ncovers: {{ from: {from}, to: {to} }}\n"));

        Assert.That(catalog.Diagnostics, Is.Empty);
        Assert.That(catalog.Calendars["child"].Coverage, Is.EqualTo(new CalendarCoverage(DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture))));
        Assert.That(catalog.Calendars["base"].Coverage!.To, Is.EqualTo(new DateOnly(2026, 12, 31)));
    }

    [TestCase("2024-12-31", "2026-12-31")]
    [TestCase("2025-01-01", "2027-01-01")]
    public void A_child_widening_its_parents_coverage_is_WF030_on_its_covers(string from, string to)
    {
        var catalog = Load(
            ("base.yaml", Base + "covers: { from: 2025-01-01, to: 2026-12-31 }\n"),
            ("child.yaml", $"id: child\nextends: base\n\ncovers: {{ from: {from}, to: {to} }}\n"));

        Assert.That(Problems(catalog), Is.EqualTo(new[] { "child.yaml:4:WF030" }), string.Join("\n", catalog.Diagnostics));
        Assert.That(catalog.Diagnostics[0].Message, Does.Contain("may only narrow"));
        Assert.That(catalog.Calendars.Keys, Is.EqualTo(new[] { "base" }));
    }

    [TestCase("c1.yaml", "c2.yaml", "g.yaml", "p.yaml")]
    [TestCase("g.yaml", "p.yaml", "c1.yaml", "c2.yaml")]
    public void A_widening_is_reported_once_and_its_children_say_why_they_are_missing(params string[] order)
    {
        var files = new Dictionary<string, string>
        {
            ["g.yaml"] = Base.Replace("id: base", "id: g", StringComparison.Ordinal) + "covers: { from: 2025-01-01, to: 2026-12-31 }\n",
            ["p.yaml"] = "id: p\nextends: g\ncovers: { from: 2025-01-01, to: 2027-12-31 }\n",
            ["c1.yaml"] = "id: c1\nextends: p\n",
            ["c2.yaml"] = "id: c2\nextends: p\n",
        };

        var catalog = Load([.. order.Select(f => (f, files[f]))]);

        Assert.That(Problems(catalog), Is.EquivalentTo(new[] { "p.yaml:3:WF030", "c1.yaml:2:WF030", "c2.yaml:2:WF030" }), string.Join("\n", catalog.Diagnostics));
        Assert.That(catalog.Calendars.Keys, Is.EqualTo(new[] { "g" }));
    }

    [Test]
    public void Two_calendars_extending_each_other_each_get_one_error() =>
        Assert.That(Problems(Load(("a.yaml", "id: a\nextends: b\n"), ("b.yaml", "id: b\nextends: a\n"))),
            Is.EquivalentTo(new[] { "a.yaml:2:WF030", "b.yaml:2:WF030" }));

    [Test]
    public void A_child_may_state_coverage_when_its_parent_claims_every_date()
    {
        var catalog = Load(("base.yaml", Base), ("child.yaml", "id: child\nextends: base\ncovers: { from: 2025-01-01, to: 2025-12-31 }\n"));

        Assert.That(catalog.Diagnostics, Is.Empty);
        Assert.That(catalog.Calendars["base"].Coverage, Is.Null);
        Assert.That(catalog.Calendars["child"].Coverage!.To, Is.EqualTo(new DateOnly(2025, 12, 31)));
    }
}
