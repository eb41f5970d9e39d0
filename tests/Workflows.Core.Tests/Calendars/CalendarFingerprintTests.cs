using System.Text;
using Workflows.Core.Calendars;

namespace Workflows.Core.Tests.Calendars;

/// <summary>A calendar's fingerprint changes with what due times depend on, and only with that.</summary>
public sealed class CalendarFingerprintTests
{
    private const string Base = """
        schema: workflows/calendar-v1
        id: uji
        time_zone: Asia/Jakarta
        hours:
          monday: ["07:30-12:00", "13:00-16:00"]
          friday: ["07:30-11:30", "13:00-16:30"]
        covers: { from: 2026-01-01, to: 2026-12-31 }
        recurring_holidays:
          - { date: 08-17, kind: libur_nasional, name: Hari Kemerdekaan }
        holidays:
          - { date: 2026-12-24, kind: cuti_bersama, name: Cuti Bersama Natal }
        """;

    private const string Child = """
        schema: workflows/calendar-v1
        id: uji-wit
        extends: uji
        time_zone: Asia/Jayapura
        """;

    [Test]
    public void Comments_names_and_layout_leave_it_alone()
    {
        var relaidOut = "# the same calendar, written otherwise\n" + Base.Replace("Cuti Bersama Natal", "Cuti bersama Hari Raya Natal", StringComparison.Ordinal)
            .Replace("{ date: 2026-12-24, kind: cuti_bersama,", "{ kind: cuti_bersama, date: 2026-12-24,", StringComparison.Ordinal);
        Assert.That(Fingerprint(relaidOut), Is.EqualTo(Fingerprint(Base)));
    }

    [TestCase("2026-12-24, kind: cuti_bersama", "2026-12-24, kind: libur_daerah", TestName = "a holiday's kind")]
    [TestCase("2026-12-24", "2026-12-28", TestName = "a holiday's date")]
    [TestCase("to: 2026-12-31", "to: 2027-12-31", TestName = "the coverage")]
    [TestCase("date: 08-17", "date: 08-18", TestName = "a recurring holiday")]
    [TestCase("13:00-16:30", "13:00-16:00", TestName = "office hours")]
    [TestCase("Asia/Jakarta", "Asia/Makassar", TestName = "the zone")]
    public void What_due_times_depend_on_changes_it(string from, string to) =>
        Assert.That(Fingerprint(Base.Replace(from, to, StringComparison.Ordinal)), Is.Not.EqualTo(Fingerprint(Base)));

    [Test]
    public void A_child_changes_with_its_parent_and_belongs_to_its_family()
    {
        var before = Load(Base, Child);
        var after = Load(Base.Replace("2026-12-24", "2026-12-28", StringComparison.Ordinal), Child);
        Assert.Multiple(() =>
        {
            Assert.That(CalendarFingerprint.Of(after.Calendars["uji-wit"]), Is.Not.EqualTo(CalendarFingerprint.Of(before.Calendars["uji-wit"])));
            Assert.That(before.Family("uji"), Is.EqualTo(new[] { "uji", "uji-wit" }));
            Assert.That(before.Family("uji-wit"), Is.EqualTo(new[] { "uji-wit" }));
        });
    }

    private static string Fingerprint(string yaml) => CalendarFingerprint.Of(Load(yaml).Calendars["uji"]);

    private static CalendarCatalog Load(params string[] files)
    {
        var catalog = CalendarCatalog.Load(files.Select((f, i) => ($"c{i}.yaml", Encoding.UTF8.GetBytes(f))));
        Assert.That(catalog.Diagnostics, Is.Empty);
        return catalog;
    }
}
