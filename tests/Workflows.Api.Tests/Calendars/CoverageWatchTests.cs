using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Workflows.Api.Tests.Support;
using Workflows.Infrastructure.Calendars;

namespace Workflows.Api.Tests.Calendars;

/// <summary>The server's log warns of a calendar in use running out when the server starts, and then once a day.</summary>
public sealed class CoverageWatchTests
{
    private static readonly string Category = typeof(CoverageWatch).FullName!;

    [TearDown]
    public void PutTheClockBack() => WorkflowsServer.Clock.Reset();

    [Test]
    public async Task A_starting_server_logs_a_warning_for_a_calendar_in_use_with_30_days_of_holidays_left()
    {
        Timers.MoveClockTo(Coverage.ThirtyDaysLeft);
        using var log = new LogRecorder();
        await using var node = WorkflowsServer.Factory.WithWebHostBuilder(web => web.ConfigureLogging(l => l.AddProvider(log)));
        using var client = node.CreateClient();

        await Timers.WaitUntilAsync(() => Task.FromResult(log.Messages(Category, LogLevel.Warning).Any(m => m.Contains("'id-asn'", StringComparison.Ordinal))),
            "the start-up warning");
        Assert.That(log.Messages(Category, LogLevel.Warning).First(m => m.Contains("'id-asn'", StringComparison.Ordinal)),
            Does.Contain("up to 2026-12-31, 30 day(s) from today (2026-12-01)"));
    }

    [Test]
    public async Task The_watch_warns_again_a_day_after_its_last_check_and_not_before()
    {
        using var log = new LogRecorder();
        var watch = Coverage.NewWatch(log.CreateLogger<CoverageWatch>());
        Timers.MoveClockTo(Coverage.ThirtyDaysLeft);

        Assert.That(await watch.TickAsync(CancellationToken.None), Is.Not.Null, "the first tick checks");
        Assert.That(IdAsnWarnings(log), Has.Count.EqualTo(1));

        WorkflowsServer.Clock.Advance(TimeSpan.FromHours(23));
        Assert.That(await watch.TickAsync(CancellationToken.None), Is.Null, "23 hours later it is not yet time");
        Assert.That(IdAsnWarnings(log), Has.Count.EqualTo(1));

        WorkflowsServer.Clock.Advance(TimeSpan.FromHours(1));
        Assert.That(await watch.TickAsync(CancellationToken.None), Is.Not.Null, "a day after the last check");
        Assert.That(IdAsnWarnings(log), Has.Count.EqualTo(2));
        Assert.That(IdAsnWarnings(log)[1], Does.Contain("29 day(s)"));
    }

    [Test]
    public async Task The_watch_logs_nothing_while_every_calendar_in_use_covers_the_next_60_days()
    {
        using var log = new LogRecorder();
        var watch = Coverage.NewWatch(log.CreateLogger<CoverageWatch>());
        Timers.MoveClockTo(Coverage.Ample);

        Assert.That(await watch.TickAsync(CancellationToken.None), Is.Empty);
        Assert.That(log.Messages(Category, LogLevel.Warning), Is.Empty);
    }

    private static List<string> IdAsnWarnings(LogRecorder log) =>
        [.. log.Messages(Category, LogLevel.Warning).Where(m => m.Contains("'id-asn'", StringComparison.Ordinal))];
}
