using Workflows.Core.Definitions.Cron;

namespace Workflows.Core.Tests.Definitions;

/// <summary>The validator's own cron model: when an expression fires next and how close together its fires come.</summary>
public sealed class CronExpressionTests
{
    [TestCase("0 30 7 ? * MON-FRI", "2026-12-04T18:00:00", "2026-12-07T07:30:00")]
    [TestCase("0 0 8 29 2 ?", "2026-03-01T00:00:00", "2028-02-29T08:00:00")]
    [TestCase("0 0 */6 * * ?", "2026-12-31T23:59:59", "2027-01-01T00:00:00")]
    [TestCase("0 0 8 1 jan ? 2027", "2027-01-01T08:00:00", null)]
    [TestCase("15 10 9 ? 1,7 sun", "2026-01-01T00:00:00", "2026-01-04T09:10:15")]
    public void Finds_the_next_fire(string cron, string after, string? next)
    {
        Assert.That(CronExpression.TryParse(cron, out var expression, out var error), Is.True, error);

        Assert.That(expression!.NextAfter(Local(after)), Is.EqualTo(next is null ? null : Local(next)));
    }

    [TestCase("0 0 0,23 * * ?", 3600)]
    [TestCase("0 0 0,23 1 * ?", 82_800)]
    [TestCase("0 0 0,23 1,2 * ?", 3600)]
    [TestCase("0 30 0,23 1,15 * ?", 82_800)]
    [TestCase("0 0 8 ? * MON", 604_800)]
    [TestCase("0 0/20 8-9 ? * MON-FRI", 1200)]
    public void Measures_the_shortest_time_between_two_fires(string cron, int seconds)
    {
        Assert.That(CronExpression.TryParse(cron, out var expression, out var error), Is.True, error);

        Assert.That(expression!.ShortestGap(), Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [Test]
    public void A_cron_that_fires_once_has_no_gap() =>
        Assert.That(CronExpression.TryParse("0 0 8 1 1 ? 2030", out var expression, out _) ? expression.ShortestGap() : TimeSpan.Zero, Is.Null);

    private static DateTime Local(string text) => DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
