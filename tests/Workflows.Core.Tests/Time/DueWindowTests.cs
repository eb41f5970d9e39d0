using Workflows.Core.Time;
using static Workflows.Core.Tests.Time.TestCalendars;

namespace Workflows.Core.Tests.Time;

/// <summary>From a parsed mutu baku to the window in which a step is expected to finish.</summary>
internal sealed class DueWindowTests
{
    private static readonly WorkingCalendar Calendar = Asn();

    private static (string Earliest, string Due) Window(string startWib, string mutuBaku)
    {
        var window = Calendar.Due(Wib(startWib), Parse(mutuBaku));
        return (Format(window.Earliest), Format(window.Due));
    }

    [Test]
    public void A_single_value_sets_only_the_due_time() =>
        Assert.That(Window("2025-01-06 10:00", "3 (tiga) hari kerja"), Is.EqualTo(("(none)", "2025-01-09 16:00 +07:00")));

    [Test]
    public void A_range_sets_earliest_from_its_minimum_and_due_from_its_maximum() =>
        Assert.That(Window("2025-01-06 10:00", "1 – 3 hari kerja"), Is.EqualTo(("2025-01-07 16:00 +07:00", "2025-01-09 16:00 +07:00")));

    [Test]
    public void A_range_with_different_units_uses_each_unit_for_its_end() =>
        Assert.That(Window("2025-01-06 10:00", "2 jam - 1 hari kerja"), Is.EqualTo(("2025-01-06 12:00 +07:00", "2025-01-07 16:00 +07:00")));

    [Test]
    public void A_range_across_Idulfitri_2025_skips_the_whole_closure() =>
        Assert.That(Window("2025-03-27 10:00", "30 menit s.d. 2 hari"), Is.EqualTo(("2025-03-27 10:30 +07:00", "2025-04-09 16:00 +07:00")));

    [Test]
    public void No_standard_gives_neither_earliest_nor_due() =>
        Assert.That(Window("2025-01-06 10:00", "Menyesuaikan"), Is.EqualTo(("(none)", "(none)")));

    [Test]
    public void Every_duration_form_yields_a_due_time_after_the_start()
    {
        string[] forms = ["30 menit", "2 jam", "3 hari kerja", "3 hari", "3 hari kalender", "2 minggu", "1 bulan", "1 tahun"];
        var start = Wib("2025-01-06 10:00");

        Assert.That(forms.Select(f => Calendar.Due(start, Parse(f)).Due), Has.All.GreaterThan(start));
    }
}
