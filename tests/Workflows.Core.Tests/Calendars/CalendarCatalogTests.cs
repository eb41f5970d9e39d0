using System.Text;
using Workflows.Core.Calendars;
using Workflows.Core.Diagnostics;
using Workflows.Core.Time;

namespace Workflows.Core.Tests.Calendars;

/// <summary>The shipped calendar files, and what the loader says about broken ones.</summary>
public sealed class CalendarCatalogTests
{
    private static readonly CalendarCatalog Shipped = CalendarCatalog.LoadDirectory(RepositoryPaths.Calendars);

    private static DateTimeOffset Due(string calendar, string start, string duration)
    {
        Assert.That(MutuBakuParser.TryParse(duration, out var mutuBaku, out var error), Is.True, error);
        return Shipped.Calendars[calendar].Due(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), mutuBaku).Due!.Value;
    }

    [Test]
    public void Ships_the_three_asn_calendars() =>
        Assert.That(Shipped.Calendars.Keys, Is.EquivalentTo(new[] { "id-asn", "id-asn-wita", "id-asn-wit" }));

    [Test]
    public void Two_jam_started_on_Idulfitri_2025_is_due_after_cuti_bersama() =>
        Assert.That(Due("id-asn", "2025-04-01T10:00:00+07:00", "2 jam"), Is.EqualTo(DateTimeOffset.Parse("2025-04-08T09:30:00+07:00")));

    [TestCase("id-asn", "+07:00")]
    [TestCase("id-asn-wita", "+08:00")]
    [TestCase("id-asn-wit", "+09:00")]
    public void Extended_calendars_keep_the_holidays_in_their_own_zone(string calendar, string offset)
    {
        var due = Due(calendar, $"2025-12-24T15:00:00{offset}", "1 hari kerja");

        Assert.That(due.ToString("yyyy-MM-dd'T'HH:mm:sszzz"), Is.EqualTo($"2025-12-29T16:00:00{offset}"));
    }

    [Test]
    public void Ramadan_period_in_the_file_shortens_the_day()
    {
        // Thursday 2025-03-06, in Ramadan 1446 H: office closes at 15:00.
        Assert.That(Due("id-asn", "2025-03-05T10:00:00+07:00", "1 hari kerja"), Is.EqualTo(DateTimeOffset.Parse("2025-03-06T15:00:00+07:00")));
    }

    [Test]
    public void Every_holiday_of_the_reference_list_is_a_day_off()
    {
        var reference = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "Workflows.Core.Tests", "Fixtures", "id-holidays-2025-2026.csv"))
            .Skip(1).Select(l => DateOnly.Parse(l.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.That(reference, Has.Count.EqualTo(53));
        Assert.That(reference.Where(d => Shipped.Calendars["id-asn"].IsWorkingDay(d)), Is.Empty);
    }

    [Test]
    public void A_regional_calendar_extends_id_asn_with_its_own_holidays_and_closed_kinds()
    {
        var files = Directory.GetFiles(RepositoryPaths.Calendars).Select(f => (f, File.ReadAllBytes(f))).Append(("magetan.yaml", Encoding.UTF8.GetBytes("""
            id: id-asn-magetan-pelayanan
            extends: id-asn
            closed_on: [libur_nasional, libur_daerah]
            holidays:
              - { date: 2025-10-14, kind: libur_daerah, name: Hari Jadi Kabupaten Magetan }
            """)));
        var calendar = CalendarCatalog.Load(files).Calendars["id-asn-magetan-pelayanan"];

        Assert.Multiple(() =>
        {
            Assert.That(calendar.IsWorkingDay(new DateOnly(2025, 10, 14)), Is.False, "libur daerah");
            Assert.That(calendar.IsWorkingDay(new DateOnly(2025, 12, 26)), Is.True, "cuti bersama is a working day for this unit");
            Assert.That(calendar.IsWorkingDay(new DateOnly(2025, 12, 25)), Is.False, "libur nasional");
            Assert.That(calendar.Zone.BaseUtcOffset, Is.EqualTo(TimeSpan.FromHours(7)));
        });
    }

    [Test]
    public void Broken_calendar_files_report_every_problem_with_its_line()
    {
        var catalog = CalendarCatalog.Load(
        [
            ("base.yaml", Encoding.UTF8.GetBytes("""
                id: base
                time_zone: Asia/Atlantis
                hours:
                  monday: ["07:30-12:00", "13:00-16:00"]
                  tuesday: ["7.30 to 12"]
                closed_on: [libur_nasional, libur_kantor]
                holidays:
                  - { date: 2025-02-30, kind: libur_nasional, name: Tidak ada }
                  - { date: 2025-01-01, kind: hari_besar, name: Tahun Baru }
                """)),
            ("loop.yaml", Encoding.UTF8.GetBytes("id: loop\nextends: loop\n")),
            ("typo.yaml", Encoding.UTF8.GetBytes("id: typo\ntime_zone: Asia/Jakarta\nhours:\n  mondy: [\"07:30-16:00\"]\n")),
            ("orphan.yaml", Encoding.UTF8.GetBytes("id: orphan\nextends: nowhere\n")),
        ]);

        var found = catalog.Diagnostics.Select(d => $"{d.File}:{d.Position.Line}:{d.Code}").ToList();

        Assert.That(found, Is.EquivalentTo(new[]
        {
            "base.yaml:2:WF030", "base.yaml:5:WF030", "base.yaml:6:WF030", "base.yaml:8:WF030", "base.yaml:9:WF030",
            "loop.yaml:2:WF030", "orphan.yaml:2:" + DiagnosticCodes.UnknownCalendar, "typo.yaml:4:" + DiagnosticCodes.UnknownKey,
        }), string.Join("\n", catalog.Diagnostics));
        Assert.That(catalog.Calendars, Is.Empty);
    }
}
