using Workflows.Core.Time;

namespace Workflows.Core.Tests.Time;

/// <summary>Text that is not a duration is reported, never thrown.</summary>
internal sealed class MutuBakuParserErrorTests
{
    private static string ErrorFor(string text)
    {
        Assert.That(MutuBakuParser.TryParse(text, out _, out var error), Is.False, $"'{text}' should not parse");
        return error;
    }

    [TestCase("segera")]
    [TestCase("3 fortnights")]
    [TestCase("tiga hari")]
    [TestCase("1,5 jam")]
    [TestCase("-3 hari")]
    [TestCase("hari kerja")]
    [TestCase("3 hari kerja (setelah berkas lengkap)")]
    [TestCase("1 - 3")]
    public void Unknown_text_is_reported_with_the_text_quoted(string text) =>
        Assert.That(ErrorFor(text), Is.EqualTo($"unknown duration '{text}'"));

    [Test]
    public void A_long_unknown_text_is_quoted_to_sixty_characters()
    {
        var text = "Menunggu jadwal rapat koordinasi dengan seluruh perangkat daerah terkait";

        Assert.That(ErrorFor(text), Is.EqualTo($"unknown duration '{text[..59]}…'"));
    }

    [Test]
    public void Text_over_two_hundred_characters_is_rejected() =>
        Assert.That(ErrorFor(new string('9', 150) + " hari kerja " + new string('x', 50)), Does.StartWith("duration text too long"));

    [TestCase("100001 menit", "at most 100000 menit")]
    [TestCase("100001 jam", "at most 100000 jam")]
    [TestCase("10001 hari kerja", "at most 10000 hari kerja")]
    [TestCase("10001 hari kalender", "at most 10000 hari kalender")]
    [TestCase("1001 minggu", "at most 1000 minggu")]
    [TestCase("1001 bulan", "at most 1000 bulan")]
    [TestCase("84 tahun", "at most 1000 bulan")]
    [TestCase("99999999999999999999999 jam", "at most 100000 jam")]
    public void Absurd_amounts_are_errors(string text, string limit) =>
        Assert.That(ErrorFor(text), Is.EqualTo($"absurd duration '{text}': {limit}"));

    [TestCase("0 jam")]
    [TestCase("0 (nol) hari kerja")]
    public void A_zero_amount_is_an_error(string text) =>
        Assert.That(ErrorFor(text), Is.EqualTo($"duration '{text}' must be at least 1"));

    [TestCase("100000 jam")]
    [TestCase("83 tahun")]
    public void Amounts_at_the_limit_are_accepted(string text) =>
        Assert.That(MutuBakuParser.TryParse(text, out _, out _), Is.True);
}
