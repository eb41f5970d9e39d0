using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

/// <summary>
/// The timer runner as a deployment sees it: several nodes sharing the table, nodes down while deadlines pass, and
/// the real clock.
/// </summary>
public sealed class TimerRunnerTests
{
    private const string Definition = "dinas-uji.tenggat";

    [TearDown]
    public void PutTheClockBack() => WorkflowsServer.Clock.Reset();

    [Test]
    public async Task Deadlines_that_passed_while_every_node_was_down_fire_once_after_restart()
    {
        await using var database = await WorkflowsServer.CreateDatabaseAsync();
        var instances = new List<(Guid Id, DateTimeOffset Due)>();
        await using (var down = await WorkflowsServer.StartNodeAsync(Settings(database, runTimers: false)))
        {
            using var petugas = WorkflowsServer.Client(down, "petugas-restart", Users.UjiAgency, ["staff"], "petugas");
            for (var i = 0; i < 5; i++)
            {
                var kasus = await petugas.StartInstanceAsync(Definition, $"RESTART-{i}");
                instances.Add((kasus.Id(), DateTimeOffset.Parse(kasus["openSteps"]![0]!["due"]!.GetValue<string>(), CultureInfo.InvariantCulture)));
            }
        }

        // Every node is down while the deadlines pass.
        Timers.MoveClockTo(instances.Max(c => c.Due).AddMinutes(10));
        Assert.That(await TaskEscalationsAsync(database.ConnectionString), Is.Zero);

        await using (var restarted = await WorkflowsServer.StartNodeAsync(Settings(database, runTimers: true)))
        {
            await Timers.WaitUntilAsync(async () => await TaskEscalationsAsync(database.ConnectionString) == 5, "escalations after restart");
        }

        await using var again = await WorkflowsServer.StartNodeAsync(Settings(database, runTimers: true));
        WorkflowsServer.Clock.Advance(TimeSpan.FromSeconds(1));
        await Task.Delay(500);
        Assert.That(await TaskEscalationsAsync(database.ConnectionString), Is.EqualTo(5), "a second start fires nothing again");
        foreach (var (id, due) in instances)
        {
            var escalation = (await Timers.EscalationsAsync(id, database.ConnectionString)).Single();
            Assert.That((escalation.Level, escalation.ToRole, escalation.Due), Is.EqualTo((1, "kepala-seksi", due)));
        }
    }

    [Test]
    public async Task Two_nodes_on_one_database_never_escalate_the_same_deadline_twice()
    {
        await using var second = await WorkflowsServer.StartNodeAsync();
        using var petugas = Users.Uji("petugas-two-nodes", "petugas");
        var instances = new List<(Guid Id, DateTimeOffset Due)>();
        for (var i = 0; i < 40; i++)
        {
            var kasus = await petugas.StartInstanceAsync(Definition, $"TWO-NODES-{i}");
            instances.Add((kasus.Id(), DateTimeOffset.Parse(kasus["openSteps"]![0]!["due"]!.GetValue<string>(), CultureInfo.InvariantCulture)));
        }

        Timers.MoveClockTo(instances.Max(c => c.Due));
        foreach (var (id, _) in instances)
        {
            await Timers.WaitUntilAsync(async () => (await Timers.EscalationsAsync(id)).Count >= 1, $"the escalation of {id}");
        }

        WorkflowsServer.Clock.Advance(TimeSpan.FromSeconds(1));
        await Task.Delay(300);
        foreach (var (id, _) in instances)
        {
            Assert.That((await Timers.EscalationsAsync(id)).Select(e => e.Level), Is.EqualTo(new[] { 1 }), $"case {id}");
        }
    }

    [Test]
    public async Task A_deadline_two_seconds_ahead_on_the_real_clock_fires_within_a_second_of_its_due_time()
    {
        using var petugas = Users.Uji("petugas-real-time", "petugas");
        var kasus = await petugas.StartInstanceAsync(Definition, "REAL-TIME-1");
        var due = DateTimeOffset.Parse(kasus["openSteps"]![0]!["due"]!.GetValue<string>(), CultureInfo.InvariantCulture);

        Timers.MoveClockTo(due.AddSeconds(-2));
        var watch = Stopwatch.StartNew();
        await Timers.WaitUntilAsync(async () => (await Timers.EscalationsAsync(kasus.Id())).Count == 1, "the escalation", TimeSpan.FromSeconds(5));
        var waited = watch.Elapsed;

        var escalation = (await Timers.EscalationsAsync(kasus.Id())).Single();
        Assert.That(escalation.RaisedAt - due, Is.GreaterThanOrEqualTo(TimeSpan.Zero).And.LessThan(TimeSpan.FromSeconds(1)), "lag on the server's clock");
        Assert.That(waited, Is.GreaterThan(TimeSpan.FromSeconds(1.5)).And.LessThan(TimeSpan.FromSeconds(3)), "it slept until the deadline, and no longer");
    }

    [Test]
    public async Task A_wait_step_moves_on_by_itself_when_its_timer_comes_due()
    {
        using var petugas = Users.Uji("petugas-tunggu", "petugas");
        var kasus = await petugas.StartInstanceAsync("dinas-uji.tunggu", "TUNGGU-1");
        kasus = await petugas.CompleteTaskAsync(kasus.Task("ajukan"));
        var wait = kasus["openSteps"]![0]!;
        Assert.That(wait["waitingFor"]!.GetValue<string>(), Is.EqualTo("timer"));
        var at = DateTimeOffset.Parse(wait["timerAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);

        Timers.MoveClockTo(at.AddSeconds(-2));
        await Task.Delay(300);
        Assert.That((await petugas.InstanceAsync(kasus.Id())).OpenSteps(), Is.EqualTo(new[] { "jeda" }));

        Timers.MoveClockTo(at);
        await Timers.WaitUntilAsync(async () => (await petugas.InstanceAsync(kasus.Id())).OpenSteps().SequenceEqual(["tindak-lanjut"]), "the case to move on");
        var history = await petugas.ArrayAsync($"/instances/{kasus.Id()}/history");
        Assert.That(history.Any(h => h!["action"]!.GetValue<string>() == "timer-fired" && h["step"]?.GetValue<string>() == "jeda" && h["actor"]!.GetValue<string>() == "system"), Is.True, "the runner fired it as the system");
    }

    private static Dictionary<string, string?> Settings(TestDatabase database, bool runTimers) =>
        database.Settings(("Workflows:Deadlines:RunTimers", runTimers ? "true" : "false"));

    private static async Task<long> TaskEscalationsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM workflows.escalations WHERE task_id IS NOT NULL", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
