using Workflows.Core.Time;

namespace Workflows.Core.Tests.Time;

/// <summary>Ranges "A – B unit" and "A unit – B unit" give a minimum and a maximum.</summary>
internal sealed class MutuBakuParserRangeTests
{
    private static readonly DurationAmount OneDay = new(1, DurationUnit.WorkingDays);
    private static readonly DurationAmount ThreeDays = new(3, DurationUnit.WorkingDays);

    private static (DurationAmount? Min, DurationAmount? Max) Range(string text)
    {
        Assert.That(MutuBakuParser.TryParse(text, out var result, out var error), Is.True, error);
        return (result.Min, result.Max);
    }

    [TestCase("1 – 3 hari kerja")]
    [TestCase("1 - 3 hari kerja")]
    [TestCase("1-3 hari kerja")]
    [TestCase("1 — 3 hari kerja")]
    [TestCase("1 s.d. 3 hari kerja")]
    [TestCase("1 s.d 3 hari kerja")]
    [TestCase("1 s/d 3 hari kerja")]
    [TestCase("1 sampai 3 hari kerja")]
    [TestCase("1 sampai dengan 3 hari kerja")]
    [TestCase("1 to 3 working days")]
    [TestCase("1 (satu) – 3 (tiga) hari kerja")]
    [TestCase("1 hari - 3 hari kerja")]
    [TestCase("1 hari kerja s/d 3 hari kerja")]
    public void Every_range_separator_gives_the_same_range(string text) =>
        Assert.That(Range(text), Is.EqualTo(((DurationAmount?)OneDay, (DurationAmount?)ThreeDays)));

    [Test]
    public void The_ends_of_a_range_may_have_different_units() =>
        Assert.That(
            Range("2 jam – 1 hari kerja"),
            Is.EqualTo(((DurationAmount?)new DurationAmount(2, DurationUnit.Hours), (DurationAmount?)OneDay)));

    [Test]
    public void English_ranges_with_two_units_are_read() =>
        Assert.That(
            Range("30 minutes to 2 hours"),
            Is.EqualTo(((DurationAmount?)new DurationAmount(30, DurationUnit.Minutes), (DurationAmount?)new DurationAmount(2, DurationUnit.Hours))));

    [Test]
    public void Equal_ends_are_allowed() =>
        Assert.That(Range("2 minggu - 10 hari kerja").Max, Is.EqualTo(new DurationAmount(10, DurationUnit.WorkingDays)));

    [TestCase("5 - 3 hari")]
    [TestCase("1 bulan - 3 minggu")]
    [TestCase("2 hari kerja s.d. 10 jam")]
    public void A_minimum_above_the_maximum_is_an_error(string text) =>
        Assert.Multiple(() =>
        {
            Assert.That(MutuBakuParser.TryParse(text, out _, out var error), Is.False);
            Assert.That(error, Does.Contain("starts above its end"));
        });

    [Test]
    public void An_absurd_end_of_a_range_is_an_error() =>
        Assert.Multiple(() =>
        {
            Assert.That(MutuBakuParser.TryParse("1 - 20000 hari", out _, out var error), Is.False);
            Assert.That(error, Does.StartWith("absurd duration"));
        });
}
