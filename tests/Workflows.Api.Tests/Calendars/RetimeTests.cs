using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;
using Workflows.Core.Deadlines;
using Workflows.Core.Time;

namespace Workflows.Api.Tests.Calendars;

/// <summary>
/// When a calendar changes, open deadlines on it are re-timed from their original start and mutu baku: at the next start
/// (once, however many nodes start), or on an administrator's request after a dry run.
/// </summary>
[NonParallelizable]
public sealed class RetimeTests
{
    // Monday 28 December 2026, 10:00 WIB: 5 hari kerja are 29, 30, 31 December, 4 and 5 January (1 January is Tahun Baru).
    private static readonly DateTimeOffset Monday = new(2026, 12, 28, 10, 0, 0, TimeSpan.FromHours(7));

    private const string CoveredTo2026 = "covers: { from: 2026-01-01, to: 2026-12-31 }";

    private static readonly MutuBaku Step = Parse(RetimeDeployment.StepDuration);
    private static readonly MutuBaku Total = Parse(RetimeDeployment.InstanceDuration);

    [TearDown]
    public void ResetClock() => WorkflowsServer.Clock.Reset();

    [Test]
    public async Task Adding_a_years_holidays_re_times_a_thousand_open_tasks_once_when_two_nodes_start()
    {
        const int instances = 1000;
        await using var deployment = await RetimeDeployment.CreateAsync(CoveredTo2026);
        Timers.MoveClockTo(Monday);
        var first = await deployment.StartNodeAsync();
        using (var petugas = WorkflowsServer.Client(first, "petugas-retime", Users.UjiAgency, ["staff"], "petugas"))
        {
            using var gate = new SemaphoreSlim(8);
            await Task.WhenAll(Enumerable.Range(0, instances).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    await ApiClient.Expect(await petugas.StartAsync(RetimeDeployment.Definition, $"RETIME-{i:0000}"), HttpStatusCode.Created);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        var before = await deployment.OpenTasksAsync();
        var old = deployment.Calendar();
        Assert.That(before, Has.Count.EqualTo(instances));
        Assert.That(before.All(t => t.Provisional && t.Due == old.Due(t.Opened, Step).Due), "5 January 2027, provisional beyond coverage");
        await deployment.StopNodesAsync();

        // The 2027 decree arrives (test data, not the real decree): 4 January 2027 becomes a holiday, coverage runs to 2027.
        await deployment.WriteCalendarAsync("""
            covers: { from: 2026-01-01, to: 2027-12-31 }
            holidays:
              - { date: 2027-01-04, kind: libur_nasional, name: Libur uji }
            """);
        var nodes = await deployment.StartNodesTogetherAsync(2);
        await deployment.WaitForRunsAsync();

        var calendar = deployment.Calendar();
        var after = await deployment.OpenTasksAsync();
        Assert.Multiple(() =>
        {
            Assert.That(after.Select(t => t.Due), Is.EqualTo(after.Select(t => calendar.Due(t.Opened, Step).Due!.Value)), "due times from each task's start");
            Assert.That(after.Select(t => t.Due.ToOffset(TimeSpan.FromHours(7)).Date).Distinct(), Is.EqualTo(new[] { new DateTime(2027, 1, 6) }));
            Assert.That(after.Any(t => t.Provisional), Is.False, "the new data covers the period");
            Assert.That(after.Select(t => t.Deadline), Is.EqualTo(after.Select(t => (DateTimeOffset?)t.Due)), "deadline timers moved");
            // The database keeps microseconds.
            Assert.That(after.All(t => (t.Reminder - DeadlineMath.ReminderAt(calendar, t.Opened, t.Due, 0.8))!.Value.Duration() < TimeSpan.FromTicks(10)), "reminders moved");
        });
        Assert.That(await deployment.ScalarAsync<long>(
            "SELECT count(*) FROM workflows.audit WHERE action = 'due-retimed' AND task_id IS NOT NULL"), Is.EqualTo(instances), "one audit line per task");
        Assert.That(await deployment.ScalarAsync<long>(
            "SELECT count(*) FROM workflows.audit WHERE action = 'due-retimed' AND task_id IS NULL"), Is.EqualTo(instances), "one per case deadline");
        Assert.That(await deployment.ScalarAsync<long>("SELECT count(*) FROM workflows.outbox WHERE type = 'TaskDueChanged'"), Is.EqualTo(2 * instances));
        Assert.That(await deployment.ScalarAsync<long>(
            "SELECT count(*) FROM workflows.calendar_retimes WHERE tasks_moved > 0"), Is.EqualTo(1), "two nodes, one run");
        Assert.That(await deployment.ScalarAsync<DateTime>(
            "SELECT min(due) FROM workflows.instances"), Is.EqualTo(calendar.Due(before.Min(t => t.Opened), Total).Due!.Value.UtcDateTime).Within(TimeSpan.FromSeconds(5)));

        // A second run over the same data moves nothing.
        using var root = WorkflowsServer.Client(nodes[1], "root", "*", ["platform-admin"]);
        var requested = await root.PostAsync("/calendars/uji-retime/retime", new JsonObject { ["apply"] = true });
        await ApiClient.Expect(requested, HttpStatusCode.Accepted);
        var run = (await ApiClient.JsonAsync(requested))["id"]!.GetValue<string>();
        await deployment.WaitForRunsAsync();
        var second = await ApiClient.JsonAsync(await root.GetAsync($"/calendars/retimes/{run}"));
        Assert.Multiple(() =>
        {
            Assert.That(second["status"]!.GetValue<string>(), Is.EqualTo("done"));
            Assert.That(second["calendars"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "uji-retime", "uji-retime-wit" }));
            Assert.That(second["casesSeen"]!.GetValue<int>(), Is.EqualTo(instances));
            Assert.That(second["tasksMoved"]!.GetValue<int>(), Is.Zero);
            Assert.That(second["casesMoved"]!.GetValue<int>(), Is.Zero);
        });
        Assert.That(await deployment.ScalarAsync<long>("SELECT count(*) FROM workflows.audit WHERE action = 'due-retimed'"), Is.EqualTo(2 * instances));
    }

    [Test]
    public async Task An_amended_decree_is_dry_run_first_then_re_times_a_paused_deadline_and_what_became_overdue_escalates()
    {
        // A cuti bersama on 31 December, later cancelled by an amended decree: 5 hari kerja from Monday end on 6 January.
        await using var deployment = await RetimeDeployment.CreateAsync(CoveredTo2026 + """

            holidays:
              - { date: 2026-12-31, kind: cuti_bersama, name: Cuti bersama uji }
            """);
        Timers.MoveClockTo(Monday);
        var manual = ("Workflows:Deadlines:RetimeOnCalendarChange", (string?)"false");
        var node = await deployment.StartNodeAsync(manual);
        using var petugas = WorkflowsServer.Client(node, "petugas-amended", Users.UjiAgency, ["staff"], "petugas");
        var paused = await petugas.StartInstanceAsync(RetimeDeployment.Definition, "AMENDED-PAUSED");
        var plain = await petugas.StartInstanceAsync(RetimeDeployment.Definition, "AMENDED-PLAIN");
        var pausedTask = paused.Task("periksa");
        await ApiClient.Expect(await petugas.PostAsync($"/tasks/{pausedTask}/claim", null), HttpStatusCode.OK);
        // Away (dinas luar) all of Tuesday 29 December: the paused deadline moves on by the day's office time.
        var away = new AwayPeriod(Monday.AddHours(21), Monday.AddHours(32));
        await ApiClient.Expect(await petugas.PostAsync("/me/away", new JsonObject
        {
            ["start"] = away.Start.ToString("O"),
            ["end"] = away.End.ToString("O"),
            ["kind"] = "dinas-luar",
        }), HttpStatusCode.Created);
        var opened = (await deployment.OpenTasksAsync()).Single(t => t.Id == pausedTask).Opened;
        var oldDue = deployment.Calendar().Due(opened, Step).Due!.Value;
        Assert.That(oldDue, Is.EqualTo(new DateTimeOffset(2027, 1, 6, 16, 0, 0, TimeSpan.FromHours(7))));

        // The first deadline passes: the plain task escalates, the paused one is due a working day later.
        Timers.MoveClockTo(oldDue.AddMinutes(1));
        await Timers.WaitUntilAsync(async () => (await deployment.OpenTasksAsync()).Single(t => t.Id == pausedTask).Due > oldDue, "the paused deadline");
        await Timers.WaitUntilAsync(async () => (await Timers.EscalationsAsync(plain.Id(), deployment.ConnectionString)).Count == 1, "the plain task's escalation");
        await deployment.StopNodesAsync();

        await deployment.WriteCalendarAsync(CoveredTo2026);
        node = await deployment.StartNodeAsync(manual);
        var calendar = deployment.Calendar();
        var newOriginal = calendar.Due(opened, Step).Due!.Value;
        var expected = DeadlineMath.PausedDue(calendar, opened, newOriginal, [away], newOriginal);
        Assert.That(expected, Is.EqualTo(new DateTimeOffset(2027, 1, 6, 16, 0, 0, TimeSpan.FromHours(7))), "5 January, plus the away day");
        Assert.That(await RetimedAsync(deployment), Is.Zero, "the start only noticed the change");

        using var root = WorkflowsServer.Client(node, "root", "*", ["platform-admin"]);
        using var admin = WorkflowsServer.Client(node, "admin-uji", Users.UjiAgency, ["admin"]);
        await ApiClient.Expect(await admin.PostAsync("/calendars/uji-retime/retime", null), HttpStatusCode.Forbidden);
        await ApiClient.Expect(await root.PostAsync("/calendars/tidak-ada/retime", null), HttpStatusCode.NotFound);
        await ApiClient.Expect(await root.PostAsync("/calendars/uji-retime/retime", new JsonObject { ["apply"] = "yes" }), HttpStatusCode.BadRequest);
        await ApiClient.Expect(await root.GetAsync($"/calendars/retimes/{Guid.Empty}"), HttpStatusCode.NotFound);
        var listed = await admin.ArrayAsync("/calendars");
        Assert.That(listed.Select(c => c!["id"]!.GetValue<string>()), Is.EqualTo(new[] { "uji-retime", "uji-retime-wit" }));
        Assert.That(listed[0]!["coversTo"]!.GetValue<string>(), Is.EqualTo("2026-12-31"));
        var dryRun = await root.PostAsync("/calendars/uji-retime/retime", null);
        await ApiClient.Expect(dryRun, HttpStatusCode.OK);
        var preview = await ApiClient.JsonAsync(dryRun);
        var first = preview["sample"]!.AsArray()[0]!;
        Assert.Multiple(() =>
        {
            Assert.That(preview["tasksMoved"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(preview["casesMoved"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(preview["overdueAtOnce"]!.GetValue<int>(), Is.EqualTo(1), "only the paused task: the plain one is overdue already");
            Assert.That(preview["earliestShiftSeconds"]!.GetValue<long>(), Is.EqualTo(-24 * 3600));
            Assert.That(first["taskId"]!.GetValue<Guid>(), Is.EqualTo(pausedTask));
            Assert.That(first["overdueAtOnce"]!.GetValue<bool>(), Is.True);
            Assert.That(DateTimeOffset.Parse(first["due"]!.GetValue<string>(), CultureInfo.InvariantCulture), Is.EqualTo(expected));
            Assert.That(first["due"]!.GetValue<string>(), Does.EndWith("+07:00"), "in the calendar's zone");
        });
        Assert.That(await RetimedAsync(deployment), Is.Zero, "a dry run changes nothing");

        var requested = await root.PostAsync("/calendars/uji-retime/retime", new JsonObject { ["apply"] = true });
        await ApiClient.Expect(requested, HttpStatusCode.Accepted);
        Assert.That(requested.Headers.Location?.ToString(), Does.StartWith("/calendars/retimes/"));
        await deployment.WaitForRunsAsync();
        var task = (await deployment.OpenTasksAsync()).Single(t => t.Id == pausedTask);
        Assert.That(task.Due, Is.EqualTo(expected), "re-timed and paused again");
        await Timers.WaitUntilAsync(async () => (await Timers.EscalationsAsync(paused.Id(), deployment.ConnectionString)).Count == 1,
            "the escalation of the task overdue at once");
        Assert.Multiple(async () =>
        {
            Assert.That((await Timers.EscalationsAsync(paused.Id(), deployment.ConnectionString)).Single().Due, Is.EqualTo(expected));
            Assert.That(await Timers.EscalationsAsync(plain.Id(), deployment.ConnectionString), Has.Count.EqualTo(1), "raised escalations stay raised");
            Assert.That(await RetimedAsync(deployment), Is.EqualTo(4), "two tasks and two case deadlines");
        });

        // Run again: the paused deadline, measured as the timer runner measured it, stays where it is.
        await ApiClient.Expect(await root.PostAsync("/calendars/uji-retime/retime", new JsonObject { ["apply"] = true }), HttpStatusCode.Accepted);
        await deployment.WaitForRunsAsync();
        Assert.That(await RetimedAsync(deployment), Is.EqualTo(4), "a second run moves nothing");
    }

    [Test]
    public async Task A_run_a_node_left_halfway_is_resumed_after_the_last_case_it_finished()
    {
        await using var deployment = await RetimeDeployment.CreateAsync(CoveredTo2026);
        Timers.MoveClockTo(Monday);
        var manual = ("Workflows:Deadlines:RetimeOnCalendarChange", (string?)"false");
        var node = await deployment.StartNodeAsync(manual);
        using (var petugas = WorkflowsServer.Client(node, "petugas-resume", Users.UjiAgency, ["staff"], "petugas"))
        {
            for (var i = 0; i < 6; i++)
            {
                await petugas.StartInstanceAsync(RetimeDeployment.Definition, $"RESUME-{i}");
            }
        }

        await deployment.StopNodesAsync();
        var old = deployment.Calendar();
        await deployment.WriteCalendarAsync("""
            covers: { from: 2026-01-01, to: 2027-12-31 }
            holidays:
              - { date: 2027-01-04, kind: libur_nasional, name: Libur uji }
            """);
        // A run whose node stopped after the first three instances (in id order), as its saved progress says.
        var third = await deployment.ScalarAsync<Guid>("SELECT id FROM workflows.instances ORDER BY id OFFSET 2 LIMIT 1");
        await deployment.ScalarAsync<int>($"""
            INSERT INTO workflows.calendar_retimes (id, calendars, reason, requested_by, requested_at, status, after_instance, started_at,
                cases_seen, tasks_moved, cases_moved, overdue_at_once)
            VALUES ('{Guid.NewGuid()}', ARRAY['uji-retime'], 'requested', 'root', now(), 'running', '{third}', now(), 3, 3, 3, 0)
            RETURNING 1
            """);

        await deployment.StartNodeAsync(manual, ("Workflows:Deadlines:RetimeBatchSize", "2"));
        await deployment.WaitForRunsAsync();

        var calendar = deployment.Calendar();
        var instances = await deployment.ScalarAsync<Guid[]>("SELECT array_agg(id ORDER BY id) FROM workflows.instances");
        var tasks = await deployment.OpenTasksAsync();
        var byInstance = await deployment.ScalarAsync<Guid[]>("SELECT array_agg(id ORDER BY instance_id) FROM workflows.tasks");
        var dues = byInstance.Select(id => tasks.Single(t => t.Id == id)).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(instances, Has.Length.EqualTo(6));
            Assert.That(dues.Take(3).All(t => t.Due == old.Due(t.Opened, Step).Due), "the cases done before the stop are not done again");
            Assert.That(dues.Skip(3).All(t => t.Due == calendar.Due(t.Opened, Step).Due), "the cases after the saved progress are re-timed");
            Assert.That(await RetimedAsync(deployment), Is.EqualTo(6), "three tasks and three case deadlines");
            Assert.That(await deployment.ScalarAsync<int>("SELECT tasks_moved FROM workflows.calendar_retimes"), Is.EqualTo(6), "progress counted on");
        });
    }

    private static Task<long> RetimedAsync(RetimeDeployment deployment) =>
        deployment.ScalarAsync<long>("SELECT count(*) FROM workflows.audit WHERE action = 'due-retimed'");

    private static MutuBaku Parse(string text) =>
        MutuBakuParser.TryParse(text, out var parsed, out var error) ? parsed : throw new InvalidOperationException(error);
}
