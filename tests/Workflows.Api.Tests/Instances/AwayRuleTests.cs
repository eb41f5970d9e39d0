using System.Net;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

/// <summary>
/// Away periods cannot dodge escalation: no start before today, a bounded length and count, a delegate who is someone
/// else and holds the user's actor roles, and a line in the away audit for every record and removal. The clock is set
/// to Monday 2 November 2026, 10:00 WIB (a working day), so nothing depends on when the tests run.
/// </summary>
public sealed class AwayRuleTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(7));

    [SetUp]
    public void SetTheClock() => Timers.MoveClockTo(Monday);

    [TearDown]
    public void PutTheClockBack() => WorkflowsServer.Clock.Reset();

    [Test]
    public async Task A_period_that_started_before_today_is_refused_naming_start_and_one_from_this_morning_is_recorded()
    {
        using var petugas = Users.Uji("petugas-away-1", "petugas");
        var backDated = await petugas.PostAsync("/me/away", Period(Monday.AddHours(-11), Monday.AddDays(2)));
        await ApiClient.Expect(backDated, HttpStatusCode.UnprocessableEntity);
        Assert.That(await ErrorsAsync(backDated), Has.Some.StartsWith("start:"));

        await ApiClient.Expect(await petugas.PostAsync("/me/away", Period(Monday.AddHours(-3), Monday.AddHours(2))), HttpStatusCode.Created);
    }

    [Test]
    public async Task A_period_longer_than_the_limit_is_refused()
    {
        using var petugas = Users.Uji("petugas-away-2", "petugas");
        var tooLong = await petugas.PostAsync("/me/away", Period(Monday, Monday.AddDays(91)));
        await ApiClient.Expect(tooLong, HttpStatusCode.UnprocessableEntity);
        Assert.That(await ErrorsAsync(tooLong), Has.Some.StartsWith("end:").And.Some.Contains("90 days"));
        await ApiClient.Expect(await petugas.PostAsync("/me/away", Period(Monday, Monday.AddDays(90))), HttpStatusCode.Created);
    }

    [Test]
    public async Task More_current_or_coming_periods_than_the_limit_are_refused()
    {
        using var petugas = Users.Uji("petugas-away-3", "petugas");
        for (var week = 1; week <= 5; week++)
        {
            await ApiClient.Expect(await petugas.PostAsync("/me/away", Period(Monday.AddDays(7 * week), Monday.AddDays(7 * week).AddHours(2))), HttpStatusCode.Created);
        }

        var sixth = await petugas.PostAsync("/me/away", Period(Monday.AddDays(50), Monday.AddDays(51)));
        await ApiClient.Expect(sixth, HttpStatusCode.Conflict);
        Assert.That((await ApiClient.JsonAsync(sixth))["detail"]!.GetValue<string>(), Does.Contain("MaxPeriods"));
    }

    [Test]
    public async Task The_delegate_is_someone_else_who_holds_the_users_actor_roles()
    {
        using var petugas = Users.Uji("petugas-away-4", "petugas", "verifikator");
        var self = await petugas.PostAsync("/me/away", Period(Monday, Monday.AddDays(1), "petugas-away-4", "petugas", "verifikator"));
        await ApiClient.Expect(self, HttpStatusCode.UnprocessableEntity);
        Assert.That(await ErrorsAsync(self), Has.Some.StartsWith("delegate:"));

        var lacking = await petugas.PostAsync("/me/away", Period(Monday, Monday.AddDays(1), "petugas-wakil", "petugas"));
        await ApiClient.Expect(lacking, HttpStatusCode.UnprocessableEntity);
        Assert.That(await ErrorsAsync(lacking), Has.Some.StartsWith("delegateActors:").And.Some.Contains("verifikator"));

        await ApiClient.Expect(await petugas.PostAsync("/me/away", Period(Monday, Monday.AddDays(1), "petugas-wakil", "petugas", "verifikator")), HttpStatusCode.Created);
    }

    [Test]
    public async Task Every_record_and_removal_of_a_period_leaves_an_audit_line()
    {
        using var petugas = Users.Uji("petugas-away-5", "petugas");
        var created = await petugas.PostAsync("/me/away", Period(Monday.AddDays(1), Monday.AddDays(2), "petugas-wakil", "petugas"));
        await ApiClient.Expect(created, HttpStatusCode.Created);
        var id = (await ApiClient.JsonAsync(created))["id"]!.GetValue<string>();
        await ApiClient.Expect(await petugas.SendAsync(HttpMethod.Delete, $"/me/away/{id}"), HttpStatusCode.NoContent);

        var history = await petugas.ArrayAsync("/me/away/history");
        Assert.That(history.Select(h => h!["action"]!.GetValue<string>()), Is.EqualTo(new[] { "away-removed", "away-recorded" }));
        Assert.That(history.All(h => h!["period"]!.GetValue<string>() == id && h["actor"]!.GetValue<string>() == "petugas-away-5"));
        Assert.That(history[1]!["detail"]!["delegate"]!.GetValue<string>(), Is.EqualTo("petugas-wakil"));
        Assert.That(history[1]!["detail"]!["delegateActors"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { "petugas" }));
    }

    [Test]
    public async Task A_refused_back_dated_period_does_not_move_a_pause_when_away_deadline()
    {
        using var petugas = Users.Uji("petugas-away-6", "petugas");
        var kasus = await petugas.StartInstanceAsync("dinas-uji.tenggat", "AWAY-6");
        var taskId = kasus.Task("verifikasi");
        await ApiClient.Expect(await petugas.PostAsync($"/tasks/{taskId}/claim", null), HttpStatusCode.OK);
        var due = DateTimeOffset.Parse((await ApiClient.JsonAsync(await petugas.GetAsync($"/tasks/{taskId}")))["due"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        // Friday to Monday noon: it would cover the whole of the 2 jam the step has.
        var dodge = await petugas.PostAsync("/me/away", Period(Monday.AddDays(-3), Monday.AddHours(2)));
        await ApiClient.Expect(dodge, HttpStatusCode.UnprocessableEntity);

        Timers.MoveClockTo(due);
        await Timers.WaitUntilAsync(async () => (await Timers.EscalationsAsync(kasus.Id())).Count == 1, "the escalation at the original due time");
        Assert.That((await Timers.EscalationsAsync(kasus.Id())).Single().Due, Is.EqualTo(due).Within(TimeSpan.FromMilliseconds(1)));
    }

    private static JsonObject Period(DateTimeOffset start, DateTimeOffset end, string? standIn = null, params string[] standInActors)
    {
        var period = new JsonObject { ["start"] = start.ToString("O"), ["end"] = end.ToString("O"), ["kind"] = "dinas-luar" };
        if (standIn is not null)
        {
            period["delegate"] = standIn;
            period["delegateActors"] = new JsonArray([.. standInActors.Select(a => (JsonNode)a)]);
        }

        return period;
    }

    private static async Task<List<string>> ErrorsAsync(HttpResponseMessage response) =>
        [.. (await ApiClient.JsonAsync(response))["errors"]!.AsArray().Select(e => e!.GetValue<string>())];
}
