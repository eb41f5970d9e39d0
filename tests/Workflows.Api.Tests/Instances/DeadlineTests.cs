using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;
using Workflows.Core.Deadlines;
using Workflows.Core.Time;

namespace Workflows.Api.Tests.Instances;

/// <summary>
/// Mutu baku enforced by the timer runner, on a moved clock: reminders at 80%, overdue and escalation at exactly the
/// due time, the next supervisor a working day later, the instance's own standard, away periods and range minimums.
/// </summary>
public sealed class DeadlineTests
{
    private const string Definition = "dinas-uji.tenggat";

    [TearDown]
    public void PutTheClockBack() => WorkflowsServer.Clock.Reset();

    [Test]
    public async Task A_task_escalates_to_the_kepala_seksi_at_exactly_its_computed_due_time()
    {
        using var petugas = Users.Uji("petugas-tenggat-1", "petugas");
        var kasus = await petugas.StartInstanceAsync(Definition, "TENGGAT-1");
        var due = DueOf(kasus, "verifikasi");
        var opened = DateTimeOffset.Parse(kasus["openSteps"]![0]!["openedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        Assert.That(due, Is.EqualTo(Timers.IdAsn.Due(opened, MutuBaku("2 jam")).Due), "the server's due time is the calendar's (as workflows due gives it)");

        Timers.MoveClockTo(due.AddSeconds(-2));
        await Task.Delay(300);
        Assert.That(await Timers.EscalationsAsync(kasus.Id()), Is.Empty, "nothing before the due time");

        Timers.MoveClockTo(due);
        await Timers.WaitUntilAsync(async () => (await Timers.EscalationsAsync(kasus.Id())).Count == 1, "the escalation");
        var escalation = (await Timers.EscalationsAsync(kasus.Id())).Single();
        Assert.That(escalation.Level, Is.EqualTo(1));
        Assert.That(escalation.ToRole, Is.EqualTo("kepala-seksi"));
        Assert.That(escalation.Due, Is.EqualTo(due));
        Assert.That(escalation.RaisedAt - due, Is.GreaterThanOrEqualTo(TimeSpan.Zero).And.LessThan(TimeSpan.FromSeconds(1)));

        using var kasi = Users.Uji("kasi-1", "kepala-seksi");
        var listed = await kasi.ArrayAsync("/supervision/escalations");
        var mine = listed.Single(e => e!["instanceId"]!.GetValue<string>() == kasus.Id().ToString());
        Assert.That(mine!["step"]!.GetValue<string>(), Is.EqualTo("verifikasi"));
        Assert.That(mine["lateRole"]!.GetValue<string>(), Is.EqualTo("petugas"));
        var task = await petugas.ArrayAsync("/tasks?overdue=true&definition=" + Definition);
        Assert.That(task.Select(t => t!["id"]!.GetValue<string>()), Does.Contain(kasus.Task("verifikasi").ToString()));
    }

    [Test]
    public async Task The_assignee_is_reminded_at_80_percent_of_the_office_time()
    {
        using var petugas = Users.Uji("petugas-tenggat-2", "petugas");
        var kasus = await petugas.StartInstanceAsync(Definition, "TENGGAT-2");
        var taskId = kasus.Task("verifikasi");
        await ApiClient.Expect(await petugas.PostAsync($"/tasks/{taskId}/claim", null), HttpStatusCode.OK);
        var opened = DateTimeOffset.Parse(kasus["openSteps"]![0]!["openedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var remindAt = DeadlineMath.ReminderAt(Timers.IdAsn, opened, DueOf(kasus, "verifikasi"), 0.8)!.Value;
        Assert.That(Timers.IdAsn.WorkingTimeBetween(opened, remindAt), Is.EqualTo(TimeSpan.FromMinutes(96)), "80% of 2 jam");

        Timers.MoveClockTo(remindAt.AddSeconds(-2));
        await Task.Delay(300);
        Assert.That(await RemindersAsync(petugas, taskId), Is.Empty);

        Timers.MoveClockTo(remindAt);
        await Timers.WaitUntilAsync(async () => (await RemindersAsync(petugas, taskId)).Count == 1, "the reminder");
        Assert.That(await Timers.EscalationsAsync(kasus.Id()), Is.Empty, "a reminder is not an escalation");
    }

    [Test]
    public async Task A_task_still_open_a_working_day_after_its_escalation_goes_to_the_next_level_and_the_chain_ends_there()
    {
        using var petugas = Users.Uji("petugas-tenggat-3", "petugas");
        var kasus = await petugas.StartInstanceAsync(Definition, "TENGGAT-3");
        var due = DueOf(kasus, "verifikasi");
        Timers.MoveClockTo(due);
        await Timers.WaitUntilAsync(async () => (await Timers.EscalationsAsync(kasus.Id())).Any(e => e.TaskId is not null), "level 1");
        var first = (await Timers.EscalationsAsync(kasus.Id())).Single(e => e.TaskId is not null);

        var second = Timers.IdAsn.Due(first.RaisedAt, MutuBaku("1 hari kerja")).Due!.Value;
        Timers.MoveClockTo(second.AddSeconds(-2));
        await Task.Delay(300);
        Assert.That((await Timers.EscalationsAsync(kasus.Id())).Where(e => e.TaskId is not null).Select(e => e.Level), Is.EqualTo(new[] { 1 }));

        Timers.MoveClockTo(second);
        await Timers.WaitUntilAsync(async () => (await Timers.EscalationsAsync(kasus.Id())).Count(e => e.TaskId is not null) == 2, "level 2");
        var levels = (await Timers.EscalationsAsync(kasus.Id())).Where(e => e.TaskId is not null).ToList();
        Assert.That(levels.Select(e => (e.Level, e.ToRole)), Is.EqualTo(new[] { (1, "kepala-seksi"), (2, "kepala-dinas") }));

        Timers.MoveClockTo(Timers.IdAsn.Due(second, MutuBaku("5 hari kerja")).Due!.Value);
        await Task.Delay(300);
        Assert.That((await Timers.EscalationsAsync(kasus.Id())).Count(e => e.TaskId is not null), Is.EqualTo(2), "kepala-dinas has no supervisor: the chain ends");
        var instanceLevel = (await Timers.EscalationsAsync(kasus.Id())).Single(e => e.TaskId is null);
        Assert.That(instanceLevel.ToRole, Is.EqualTo("kepala-dinas"), "the case passed its service standard of 1 hari kerja too");
    }

    [Test]
    public async Task A_supervisor_acknowledges_an_escalation_and_reassigns_the_late_task_from_it()
    {
        using var petugas = Users.Uji("petugas-tenggat-4", "petugas");
        var kasus = await petugas.StartInstanceAsync(Definition, "TENGGAT-4");
        Timers.MoveClockTo(DueOf(kasus, "verifikasi"));
        await Timers.WaitUntilAsync(async () => (await Timers.EscalationsAsync(kasus.Id())).Count == 1, "the escalation");

        using var kasi = WorkflowsServer.Client("kasi-2", Users.UjiAgency, ["staff", "supervisor"], "kepala-seksi");
        var escalation = (await kasi.ArrayAsync($"/supervision/escalations?definition={Definition}&sort=lateness"))
            .Single(e => e!["instanceId"]!.GetValue<string>() == kasus.Id().ToString())!;
        var id = escalation["id"]!.GetValue<string>();
        var overdue = await kasi.ArrayAsync($"/supervision/overdue?definition={Definition}");
        Assert.That(overdue.Select(o => o!["task"]!["id"]!.GetValue<string>()), Does.Contain(kasus.Task("verifikasi").ToString()));

        var reassigned = await kasi.PostAsync($"/supervision/escalations/{id}/reassign", new JsonObject { ["assignee"] = "petugas-cadangan", ["note"] = "Tolong diselesaikan hari ini" });
        await ApiClient.Expect(reassigned, HttpStatusCode.OK);
        var view = await ApiClient.JsonAsync(reassigned);
        Assert.That(view["status"]!.GetValue<string>(), Is.EqualTo("acknowledged"));
        Assert.That(view["note"]!.GetValue<string>(), Is.EqualTo("Tolong diselesaikan hari ini"));
        var task = await ApiClient.JsonAsync(await kasi.GetAsync($"/tasks/{kasus.Task("verifikasi")}"));
        Assert.That(task["assignee"]!.GetValue<string>(), Is.EqualTo("petugas-cadangan"));

        await ApiClient.Expect(await kasi.PostAsync($"/supervision/escalations/{id}/acknowledge", new JsonObject()), HttpStatusCode.Conflict);
        Assert.That(await kasi.ArrayAsync($"/supervision/escalations?definition={Definition}"), Has.None.Matches<JsonNode?>(e => e!["id"]!.GetValue<string>() == id));
        using var stranger = Users.Uji("petugas-lain-2", "petugas");
        await ApiClient.Expect(await stranger.PostAsync($"/supervision/escalations/{id}/acknowledge", new JsonObject()), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_task_started_on_the_eve_of_Idulfitri_is_due_after_the_cuti_bersama()
    {
        // Tue 17 March 2026 14:30 WIB, Ramadan hours (closing 15:00): 18 March cuti bersama, 19 Nyepi, 20 cuti bersama, 21–22 Idulfitri, 23–24 cuti bersama.
        Timers.MoveClockTo(new DateTimeOffset(2026, 3, 17, 14, 30, 0, TimeSpan.FromHours(7)));
        using var petugas = Users.Uji("petugas-tenggat-5", "petugas");
        var kasus = await petugas.StartInstanceAsync(Definition, "TENGGAT-5");

        Assert.That(DueOf(kasus, "verifikasi"), Is.EqualTo(new DateTimeOffset(2026, 3, 25, 9, 0, 0, TimeSpan.FromHours(7))).Within(TimeSpan.FromSeconds(1)),
            "half an hour on the 17th, the other 1.5 h from 07:30 on Wednesday 25 March");
    }

    [Test]
    public async Task A_range_minimum_refuses_completing_early_with_a_clear_message()
    {
        using var petugas = Users.Uji("petugas-tenggat-6", "petugas");
        var kasus = await petugas.StartInstanceAsync(Definition, "TENGGAT-6");
        kasus = await petugas.CompleteTaskAsync(kasus.Task("verifikasi"));
        var magang = kasus.Task("magang");

        var early = await petugas.CompleteAsync(magang);
        await ApiClient.Expect(early, HttpStatusCode.Conflict);
        var problem = await ApiClient.JsonAsync(early);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("1 – 6 bulan").And.Contain("cannot be completed before"));

        var earliest = DateTimeOffset.Parse(kasus["openSteps"]![0]!["earliest"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        Timers.MoveClockTo(earliest);
        Assert.That((await petugas.CompleteTaskAsync(magang)).Status(), Is.EqualTo("completed"));
    }

    [Test]
    public async Task A_step_that_pauses_while_the_assignee_is_away_is_due_later_by_the_office_time_away()
    {
        using var petugas = Users.Uji("petugas-tenggat-7", "petugas");
        // Monday 2 November 2026 08:00 WIB: 2 jam are due at 10:00; away (dinas luar) 08:30–09:30 moves that to 11:00.
        var monday = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7));
        Timers.MoveClockTo(monday);
        var kasus = await petugas.StartInstanceAsync(Definition, "TENGGAT-7");
        var taskId = kasus.Task("verifikasi");
        // The clock runs on in real time after being set, so the instance opened a moment after 08:00.
        var opened = DateTimeOffset.Parse(kasus["openSteps"]![0]!["openedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        await ApiClient.Expect(await petugas.PostAsync($"/tasks/{taskId}/claim", null), HttpStatusCode.OK);
        var away = await petugas.PostAsync("/me/away", new JsonObject
        {
            ["start"] = monday.AddMinutes(30).ToString("O"),
            ["end"] = monday.AddMinutes(90).ToString("O"),
            ["kind"] = "dinas-luar",
        });
        await ApiClient.Expect(away, HttpStatusCode.Created);

        Timers.MoveClockTo(opened.AddHours(2));
        await Task.Delay(500);
        Assert.That(await Timers.EscalationsAsync(kasus.Id()), Is.Empty, "the deadline moved instead of escalating");
        var task = await ApiClient.JsonAsync(await petugas.GetAsync($"/tasks/{taskId}"));
        Assert.That(DateTimeOffset.Parse(task["due"]!.GetValue<string>(), CultureInfo.InvariantCulture), Is.EqualTo(opened.AddHours(3)).Within(TimeSpan.FromMilliseconds(1)));

        Timers.MoveClockTo(opened.AddHours(3));
        await Timers.WaitUntilAsync(async () => (await Timers.EscalationsAsync(kasus.Id())).Count == 1, "the escalation after the paused time");
        Assert.That((await Timers.EscalationsAsync(kasus.Id())).Single().Due, Is.EqualTo(opened.AddHours(3)).Within(TimeSpan.FromMilliseconds(1)));
    }

    [Test]
    public async Task Tasks_of_someone_away_with_a_delegate_go_to_the_delegate()
    {
        using var petugas = Users.Uji("petugas-tenggat-8", "petugas");
        var kasus = await petugas.StartInstanceAsync(Definition, "TENGGAT-8");
        var taskId = kasus.Task("verifikasi");
        await ApiClient.Expect(await petugas.PostAsync($"/tasks/{taskId}/claim", null), HttpStatusCode.OK);
        var now = WorkflowsServer.Clock.GetUtcNow();
        await ApiClient.Expect(await petugas.PostAsync("/me/away", new JsonObject
        {
            ["start"] = now.ToString("O"),
            ["end"] = now.AddDays(3).ToString("O"),
            ["kind"] = "cuti",
            ["delegate"] = "petugas-wakil",
            ["delegateActors"] = new JsonArray("petugas"),
        }), HttpStatusCode.Created);

        var task = await ApiClient.JsonAsync(await petugas.GetAsync($"/tasks/{taskId}"));
        Assert.That(task["assignee"]!.GetValue<string>(), Is.EqualTo("petugas-wakil"), "claimed work went to the delegate");

        using var supervisor = Users.UjiSupervisor();
        var reassigned = await supervisor.PostAsync($"/tasks/{taskId}/reassign", new JsonObject { ["assignee"] = "petugas-tenggat-8" });
        await ApiClient.Expect(reassigned, HttpStatusCode.OK);
        Assert.That((await ApiClient.JsonAsync(reassigned))["assignee"]!.GetValue<string>(), Is.EqualTo("petugas-wakil"), "work offered to the absent user goes to the delegate");

        var periods = await petugas.ArrayAsync("/me/away");
        Assert.That(periods.Single()!["delegate"]!.GetValue<string>(), Is.EqualTo("petugas-wakil"));
        var bad = await petugas.PostAsync("/me/away", new JsonObject { ["start"] = now.ToString("O"), ["end"] = now.AddDays(-1).ToString("O"), ["kind"] = "liburan" });
        await ApiClient.Expect(bad, HttpStatusCode.UnprocessableEntity);
        Assert.That((await ApiClient.JsonAsync(bad))["errors"]!.AsArray().Select(e => e!.GetValue<string>()), Has.Some.StartsWith("end:").And.Some.StartsWith("kind:"));
    }

    private static DateTimeOffset DueOf(JsonObject kasus, string step) =>
        DateTimeOffset.Parse(kasus["openSteps"]!.AsArray().First(s => s!["step"]!.GetValue<string>() == step)!["due"]!.GetValue<string>(), CultureInfo.InvariantCulture);

    private static MutuBaku MutuBaku(string text) => MutuBakuParser.TryParse(text, out var parsed, out _) ? parsed : throw new ArgumentException(text);

    private static async Task<List<JsonNode?>> RemindersAsync(ApiClient client, Guid taskId) =>
        [.. (await client.ArrayAsync("/notifications?kind=reminder")).Where(n => n!["taskId"]?.GetValue<string>() == taskId.ToString())];
}
