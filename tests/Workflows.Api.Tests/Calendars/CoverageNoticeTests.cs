using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Calendars;

/// <summary>
/// The administrators of an agency whose definitions use a calendar running out hear of it through
/// <c>GET /notifications</c>, once a week however often and on however many nodes it is checked.
/// </summary>
public sealed class CoverageNoticeTests
{
    private const string Notices = "/notifications?kind=calendar-coverage";

    [TearDown]
    public void PutTheClockBack() => WorkflowsServer.Clock.Reset();

    [Test]
    public async Task An_agencys_administrators_hear_once_a_week_that_the_holiday_list_of_their_calendar_runs_out()
    {
        var agency = await Coverage.AgencyUsingIdAsnAsync();
        using var admin = Coverage.Admin(agency);
        using var staff = WorkflowsServer.Client($"petugas-{agency}", agency, ["staff"], "petugas");
        using var otherAdmin = Coverage.Admin($"kosong-{Guid.NewGuid():N}"[..15]);
        var watch = Coverage.NewWatch();

        Timers.MoveClockTo(Coverage.ThirtyDaysLeft);
        await watch.CheckAsync(CancellationToken.None);
        WorkflowsServer.Clock.Advance(TimeSpan.FromDays(2));
        await watch.CheckAsync(CancellationToken.None);

        var notices = await admin.ArrayAsync(Notices);
        Assert.That(notices, Has.Count.EqualTo(1), "checked twice in the week of 30 November");
        var notice = notices[0]!;
        Assert.That(notice["toRole"]!.GetValue<string>(), Is.EqualTo("system:admin"));
        Assert.That(notice["text"]!.GetValue<string>(), Does.Contain("kalender kerja 'id-asn'").And.Contain("sampai 2026-12-31").And.Contain("tinggal 30 hari"));
        Assert.That(notice["detail"]!["calendar"]!.GetValue<string>(), Is.EqualTo("id-asn"));
        Assert.That(notice["detail"]!["daysLeft"]!.GetValue<int>(), Is.EqualTo(30));
        Assert.That(await staff.ArrayAsync(Notices), Is.Empty, "staff of the agency are not told");
        using var pretender = WorkflowsServer.Client($"pura-pura-{agency}", agency, ["staff"], "system:admin");
        Assert.That(await pretender.ArrayAsync(Notices), Is.Empty, "naming the audience as an actor role does not reach it");
        Assert.That(await otherAdmin.ArrayAsync(Notices), Is.Empty, "an agency without definitions on the calendar is not told");

        WorkflowsServer.Clock.Advance(TimeSpan.FromDays(5));
        await watch.CheckAsync(CancellationToken.None);
        notices = await admin.ArrayAsync(Notices);
        Assert.That(notices, Has.Count.EqualTo(2), "a new week, Monday 7 December");
        Assert.That(notices[1]!["text"]!.GetValue<string>(), Does.Contain("tinggal 23 hari"));
    }

    [Test]
    public async Task Nodes_checking_at_the_same_moment_send_one_notice_between_them()
    {
        var agency = await Coverage.AgencyUsingIdAsnAsync();
        using var admin = Coverage.Admin(agency);
        var nodes = new[] { Coverage.NewWatch(), Coverage.NewWatch(), Coverage.NewWatch() };

        Timers.MoveClockTo(Coverage.ThirtyDaysLeft.AddDays(-21));
        for (var week = 0; week < 3; week++)
        {
            await Task.WhenAll(nodes.Select(n => n.CheckAsync(CancellationToken.None)));
            WorkflowsServer.Clock.Advance(TimeSpan.FromDays(7));
        }

        var notices = await admin.ArrayAsync(Notices);
        Assert.That(notices.Select(n => n!["detail"]!["daysLeft"]!.GetValue<int>()), Is.EqualTo(new[] { 51, 44, 37 }), "one notice a week");
    }

    [Test]
    public async Task A_platform_administrator_sees_the_notices_of_every_agency()
    {
        var agency = await Coverage.AgencyUsingIdAsnAsync();
        Timers.MoveClockTo(Coverage.ThirtyDaysLeft);
        await Coverage.NewWatch().CheckAsync(CancellationToken.None);

        using var root = Users.PlatformAdmin();
        var notices = await root.ArrayAsync(Notices + "&limit=500");
        Assert.That(notices.Any(n => IsFor(n!, agency)), Is.True);
    }

    private static bool IsFor(JsonNode notice, string agency) => notice["detail"]!["agency"]?.GetValue<string>() == agency;
}
