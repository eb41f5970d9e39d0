using Workflows.Core.Time;

namespace Workflows.Core.Tests.Time;

/// <summary>Single values in the Indonesian and English forms used by the seed SOPs.</summary>
internal sealed class MutuBakuParserTests
{
    private static DurationAmount? SingleValue(string text)
    {
        Assert.That(MutuBakuParser.TryParse(text, out var result, out var error), Is.True, error);
        Assert.That(result.Min, Is.Null, "a single value has no minimum");
        return result.Max;
    }

    [TestCase("30 menit", 30, DurationUnit.Minutes)]
    [TestCase("2 jam", 2, DurationUnit.Hours)]
    [TestCase("5 hari kerja", 5, DurationUnit.WorkingDays)]
    [TestCase("5 hari", 5, DurationUnit.WorkingDays)]
    [TestCase("14 hari kalender", 14, DurationUnit.CalendarDays)]
    [TestCase("2 minggu", 2, DurationUnit.Weeks)]
    [TestCase("3 bulan", 3, DurationUnit.Months)]
    [TestCase("2 tahun", 24, DurationUnit.Months)]
    public void Indonesian_units_are_read(string text, int amount, DurationUnit unit) =>
        Assert.That(SingleValue(text), Is.EqualTo(new DurationAmount(amount, unit)));

    [TestCase("3 (tiga) hari kerja", 3, DurationUnit.WorkingDays)]
    [TestCase("50 (lima puluh) hari kerja", 50, DurationUnit.WorkingDays)]
    [TestCase("15 (lima belas ) menit", 15, DurationUnit.Minutes)]
    [TestCase("1(satu) jam", 1, DurationUnit.Hours)]
    public void The_number_in_words_after_the_number_is_ignored(string text, int amount, DurationUnit unit) =>
        Assert.That(SingleValue(text), Is.EqualTo(new DurationAmount(amount, unit)));

    [TestCase("  3   Hari   KERJA ", 3, DurationUnit.WorkingDays)]
    [TestCase("3\u00a0hari\tkerja", 3, DurationUnit.WorkingDays)]
    [TestCase("30MENIT", 30, DurationUnit.Minutes)]
    [TestCase("3 hari kerja.", 3, DurationUnit.WorkingDays)]
    public void Case_whitespace_and_a_trailing_period_do_not_matter(string text, int amount, DurationUnit unit) =>
        Assert.That(SingleValue(text), Is.EqualTo(new DurationAmount(amount, unit)));

    [TestCase("30 minutes", 30, DurationUnit.Minutes)]
    [TestCase("1 minute", 1, DurationUnit.Minutes)]
    [TestCase("45 min", 45, DurationUnit.Minutes)]
    [TestCase("45 mins", 45, DurationUnit.Minutes)]
    [TestCase("2 hours", 2, DurationUnit.Hours)]
    [TestCase("1 hour", 1, DurationUnit.Hours)]
    [TestCase("3 working days", 3, DurationUnit.WorkingDays)]
    [TestCase("1 working day", 1, DurationUnit.WorkingDays)]
    [TestCase("3 business days", 3, DurationUnit.WorkingDays)]
    [TestCase("3 days", 3, DurationUnit.WorkingDays)]
    [TestCase("1 day", 1, DurationUnit.WorkingDays)]
    [TestCase("30 calendar days", 30, DurationUnit.CalendarDays)]
    [TestCase("2 weeks", 2, DurationUnit.Weeks)]
    [TestCase("1 month", 1, DurationUnit.Months)]
    [TestCase("6 months", 6, DurationUnit.Months)]
    [TestCase("1 year", 12, DurationUnit.Months)]
    [TestCase("5 years", 60, DurationUnit.Months)]
    public void English_forms_are_read(string text, int amount, DurationUnit unit) =>
        Assert.That(SingleValue(text), Is.EqualTo(new DurationAmount(amount, unit)));

    [Test]
    public void The_original_text_is_kept() =>
        Assert.That(TestCalendars.Parse("3 (tiga) Hari Kerja").Text, Is.EqualTo("3 (tiga) Hari Kerja"));

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("~")]
    [TestCase("-")]
    [TestCase("Menyesuaikan")]
    [TestCase("menyesuaikan.")]
    [TestCase("Mempersiapkan")]
    [TestCase("Sesuai ketentuan pusat")]
    [TestCase("SESUAI KETENTUAN")]
    [TestCase("Tentatif")]
    [TestCase("Tidak  ditentukan.")]
    [TestCase(null)]
    public void No_standard_phrases_parse_to_no_standard(string? text) =>
        Assert.Multiple(() =>
        {
            Assert.That(MutuBakuParser.TryParse(text, out var result, out var error), Is.True, error);
            Assert.That(result.HasStandard, Is.False);
            Assert.That((result.Min, result.Max), Is.EqualTo(((DurationAmount?)null, (DurationAmount?)null)));
        });
}
