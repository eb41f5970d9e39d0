using Workflows.Core.Time;

namespace Workflows.Core.Tests.Time;

/// <summary>Duration amounts, their names and their approximate length.</summary>
internal sealed class DurationTests
{
    [TestCase(DurationUnit.Minutes, "minutes")]
    [TestCase(DurationUnit.Hours, "hours")]
    [TestCase(DurationUnit.WorkingDays, "working-days")]
    [TestCase(DurationUnit.CalendarDays, "calendar-days")]
    [TestCase(DurationUnit.Weeks, "weeks")]
    [TestCase(DurationUnit.Months, "months")]
    public void Units_have_kebab_case_json_names_that_read_back(DurationUnit unit, string name) =>
        Assert.Multiple(() =>
        {
            Assert.That(unit.ToJsonName(), Is.EqualTo(name));
            Assert.That(DurationUnits.TryParseJsonName(name, out var back) ? back : (DurationUnit?)null, Is.EqualTo(unit));
        });

    [Test]
    public void An_unknown_json_name_is_not_read() =>
        Assert.That(DurationUnits.TryParseJsonName("fortnights", out _), Is.False);

    [TestCase(HolidayKind.LiburNasional, "libur_nasional")]
    [TestCase(HolidayKind.CutiBersama, "cuti_bersama")]
    [TestCase(HolidayKind.LiburDaerah, "libur_daerah")]
    public void Holiday_kinds_have_yaml_names_that_read_back(HolidayKind kind, string name) =>
        Assert.Multiple(() =>
        {
            Assert.That(kind.ToYamlName(), Is.EqualTo(name));
            Assert.That(HolidayKinds.TryParseYamlName(name, out var back) ? back : (HolidayKind?)null, Is.EqualTo(kind));
        });

    [TestCase(30, DurationUnit.Minutes, 0.5)]
    [TestCase(2, DurationUnit.Hours, 2)]
    [TestCase(2, DurationUnit.WorkingDays, 15)]
    [TestCase(7, DurationUnit.CalendarDays, 37.5)]
    [TestCase(1, DurationUnit.Weeks, 37.5)]
    [TestCase(12, DurationUnit.Months, 1950)]
    public void Approximate_working_hours_follow_the_37_5_jam_week(int amount, DurationUnit unit, double hours) =>
        Assert.That(DurationMath.ApproximateWorkingHours(new DurationAmount(amount, unit)), Is.EqualTo(hours).Within(1e-9));

    [TestCase(0, DurationUnit.Hours)]
    [TestCase(-1, DurationUnit.WorkingDays)]
    [TestCase(100_001, DurationUnit.Minutes)]
    [TestCase(10_001, DurationUnit.CalendarDays)]
    [TestCase(1_001, DurationUnit.Months)]
    public void Zero_negative_and_absurd_amounts_cannot_be_constructed(int amount, DurationUnit unit) =>
        Assert.That(() => new DurationAmount(amount, unit), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void The_largest_sensible_amounts_are_accepted() =>
        Assert.That(
            () => new[] { new DurationAmount(100_000, DurationUnit.Hours), new DurationAmount(10_000, DurationUnit.WorkingDays), new DurationAmount(1_000, DurationUnit.Weeks) },
            Throws.Nothing);

    [Test]
    public void TryCreate_explains_an_absurd_amount_without_throwing() =>
        Assert.Multiple(() =>
        {
            Assert.That(DurationAmount.TryCreate(200_000, DurationUnit.Hours, out _, out var error), Is.False);
            Assert.That(error, Does.StartWith("absurd duration"));
        });

    [TestCase("3 (tiga) hari kerja", "3 hari kerja")]
    [TestCase("2 - 3 hari", "2 – 3 hari kerja")]
    [TestCase("2 jam s/d 1 hari", "2 jam – 1 hari kerja")]
    [TestCase("1 tahun", "12 bulan")]
    [TestCase("Menyesuaikan", "Tidak ditentukan")]
    public void MutuBaku_renders_canonical_Indonesian(string text, string canonical) =>
        Assert.That(TestCalendars.Parse(text).ToString(), Is.EqualTo(canonical));

    [TestCase("45 menit")]
    [TestCase("1 – 2 minggu")]
    [TestCase("2 hari kalender – 1 bulan")]
    public void Canonical_rendering_parses_back_to_the_same_standard(string text)
    {
        var parsed = TestCalendars.Parse(text);
        var reparsed = TestCalendars.Parse(parsed.ToString());

        Assert.That((reparsed.Min, reparsed.Max), Is.EqualTo((parsed.Min, parsed.Max)));
    }
}
