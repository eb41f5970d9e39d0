using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Workflows.Api.Tests.Support;
using Workflows.Core.Deadlines;
using Workflows.Core.Time;
using Workflows.Infrastructure.Deadlines;

namespace Workflows.Api.Tests.Instances;

/// <summary>
/// Hundreds of deadlines due in the same second, fired by the server's own timer processor on a database of their own:
/// each task is escalated once with its notification, its events and its next-level timer, a paused deadline moves
/// instead, and a batch costs a few statements whatever its size.
/// </summary>
public sealed class EscalationBurstTests
{
    private const int Burst = 600;
    private const int Paused = 50;
    private const string Away = "petugas-burst-away";

    [TearDown]
    public void PutTheClockBack() => WorkflowsServer.Clock.Reset();

    [TestCase(500)]
    [TestCase(2000)]
    public async Task A_burst_of_due_deadlines_is_escalated_once_each_in_a_few_statements_per_batch(int batchSize)
    {
        await using var database = await WorkflowsServer.CreateDatabaseAsync();
        await using var node = await WorkflowsServer.StartNodeAsync(database.Settings(
            ("Workflows:Deadlines:RunTimers", "false"), ("Workflows:Deadlines:BatchSize", batchSize.ToString(CultureInfo.InvariantCulture))));
        using var petugas = WorkflowsServer.Client(node, "petugas-burst", Users.UjiAgency, ["staff"], "petugas");
        var kasus = await petugas.StartInstanceAsync("dinas-uji.tenggat", "BURST-1");
        var step = kasus["openSteps"]![0]!;
        var opened = DateTimeOffset.Parse(step["openedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var due = DateTimeOffset.Parse(step["due"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        await CloneAsync(database.ConnectionString, kasus.Task("verifikasi"), opened, due);

        Timers.MoveClockTo(due.AddSeconds(1));
        await using var scope = node.Services.CreateAsyncScope();
        var processor = scope.ServiceProvider.GetRequiredService<TimerProcessor>();
        var batches = 0;
        var watch = Stopwatch.StartNew();
        var trips = await CountedAsync(async () =>
        {
            while (await processor.FireDueAsync(CancellationToken.None) > 0)
            {
                batches++;
            }
        });
        watch.Stop();
        // A level raised already (as after a crash between another node's commit and its answer) is not raised again, and the
        // batch that meets it still commits: the unique index skips it, and nothing that names it is written.
        await ExecuteAsync(database.ConnectionString, $"""
            INSERT INTO workflows.timers (id, instance_id, task_id, kind, level, due_at)
            SELECT gen_random_uuid(), instance_id, id, 'escalation', 1, due FROM workflows.tasks
            WHERE instance_id = '{kasus.Id()}' AND overdue_at IS NOT NULL ORDER BY id LIMIT 10
            """);
        Assert.That(await processor.FireDueAsync(CancellationToken.None), Is.EqualTo(10));
        await TestContext.Out.WriteLineAsync($"{Burst} due deadlines (+1 reminder), batch size {batchSize}: {batches} batches, "
            + $"{trips.Count} round trips, {RoundTrips.Statements(trips)} statements, {watch.ElapsedMilliseconds} ms");
        foreach (var line in RoundTrips.Summary(trips))
        {
            await TestContext.Out.WriteLineAsync(line);
        }

        var tasks = await TasksAsync(database.ConnectionString, kasus.Id());
        Assert.That(tasks, Has.Count.EqualTo(Burst));
        var moved = DeadlineMath.PausedDue(Timers.IdAsn, opened, due, [new AwayPeriod(opened, due)], due.AddSeconds(1));
        foreach (var task in tasks.Where(t => t.Assignee == Away))
        {
            Assert.That((task.Escalations, task.Notified, task.OverdueEvents, task.RaisedEvents, task.OverdueAt), Is.EqualTo((0L, 0L, 0L, 0L, (DateTimeOffset?)null)), "a paused deadline does not escalate");
            Assert.That(task.Due, Is.EqualTo(moved).Within(TimeSpan.FromMilliseconds(1)), "it moves on by the office time away");
            Assert.That((task.PendingDeadlines, task.NextDue), Is.EqualTo((1L, (DateTimeOffset?)task.Due)), "with a deadline timer at the moved due time");
        }

        var escalated = tasks.Where(t => t.Assignee != Away).ToList();
        Assert.That(escalated, Has.Count.EqualTo(Burst - Paused));
        foreach (var task in escalated)
        {
            Assert.That((task.Escalations, task.Level1, task.Notified, task.OverdueEvents, task.RaisedEvents), Is.EqualTo((1L, 1L, 1L, 1L, 1L)), $"task {task.Id}: once, with its notification and events");
            Assert.That(task.OverdueBeforeRaised, Is.True, "TaskOverdue is relayed before EscalationRaised");
            Assert.That(task.OverdueAt, Is.Not.Null);
            Assert.That((task.PendingDeadlines, task.NextLevel), Is.EqualTo((0L, 1L)), "the next level is timed");
            Assert.That(task.NextDue, Is.EqualTo(Timers.IdAsn.Due(task.RaisedAt!.Value, MutuBaku("1 hari kerja")).Due), "a working day after raising");
        }

        Assert.That(await ScalarAsync(database.ConnectionString, $"""
            SELECT count(*) FROM workflows.notifications n JOIN workflows.outbox o ON o.type = 'TaskReminder' AND o.payload->>'taskId' = n.task_id::text
            WHERE n.kind = 'reminder' AND n.task_id = '{kasus.Task("verifikasi")}'
            """), Is.EqualTo(1), "the first task's reminder came due too");
        Assert.That(await ScalarAsync(database.ConnectionString, $"SELECT count(*) FROM workflows.timers WHERE fired_at IS NULL AND due_at <= '{due.AddSeconds(1):O}'"), Is.Zero);
        Assert.That(RoundTrips.Statements(trips), Is.LessThanOrEqualTo(10 * (batches + 1)), "a few statements per batch, not a few per timer");
    }

    /// <summary>The round trips <paramref name="work"/> sends, counted in its own flow (other workers are left out).</summary>
    private static async Task<List<string>> CountedAsync(Func<Task> work)
    {
        var trips = RoundTrips.Measure();
        await work();
        return trips;
    }

    /// <summary>
    /// Copies the instance's open task <paramref name="taskId"/> until there are <see cref="Burst"/>, each with its deadline
    /// at <paramref name="due"/>: the first <see cref="Paused"/> copies assigned to someone away since the task opened,
    /// every other one to someone present, the rest to nobody.
    /// </summary>
    private static async Task CloneAsync(string connectionString, Guid taskId, DateTimeOffset opened, DateTimeOffset due)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand($"""
                    WITH cloned AS (
                        INSERT INTO workflows.tasks
                        SELECT (jsonb_populate_record(t, jsonb_build_object('id', gen_random_uuid(), 'assignee',
                            CASE WHEN g <= {Paused} THEN '{Away}' WHEN g % 2 = 0 THEN 'petugas-burst-hadir' END))).*
                        FROM workflows.tasks t, generate_series(1, {Burst - 1}) g WHERE t.id = $1
                        RETURNING id, instance_id, due)
                    INSERT INTO workflows.timers (id, instance_id, task_id, kind, level, due_at)
                    SELECT gen_random_uuid(), instance_id, id, 'deadline', 1, due FROM cloned
                    """) { Parameters = { new() { Value = taskId } } },
                new NpgsqlBatchCommand($"""
                    INSERT INTO workflows.away_periods (id, agency, user_id, starts_at, ends_at, kind, created_at)
                    VALUES (gen_random_uuid(), '{Users.UjiAgency}', '{Away}', $1, $2, 'dinas-luar', $1)
                    """) { Parameters = { new() { Value = opened.ToUniversalTime() }, new() { Value = due.ToUniversalTime() } } },
            },
        };
        await batch.ExecuteNonQueryAsync();
    }

    private static async Task<List<BurstTask>> TasksAsync(string connectionString, Guid instanceId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT t.id, t.assignee, t.due, t.overdue_at,
                (SELECT count(*) FROM workflows.escalations e WHERE e.task_id = t.id),
                (SELECT count(*) FROM workflows.escalations e WHERE e.task_id = t.id AND e.level = 1 AND e.to_role = 'kepala-seksi' AND e.due = t.due),
                (SELECT max(e.raised_at) FROM workflows.escalations e WHERE e.task_id = t.id),
                (SELECT count(*) FROM workflows.notifications n WHERE n.task_id = t.id AND n.kind = 'escalation' AND n.to_role = 'kepala-seksi'),
                (SELECT count(*) FROM workflows.outbox o WHERE o.type = 'TaskOverdue' AND o.payload->>'taskId' = t.id::text),
                (SELECT count(*) FROM workflows.outbox o JOIN workflows.escalations e ON e.id::text = o.payload->>'escalationId'
                 WHERE o.type = 'EscalationRaised' AND e.task_id = t.id AND o.payload->>'taskId' = t.id::text),
                coalesce((SELECT min(o.id) FROM workflows.outbox o WHERE o.type = 'TaskOverdue' AND o.payload->>'taskId' = t.id::text)
                    < (SELECT min(o.id) FROM workflows.outbox o WHERE o.type = 'EscalationRaised' AND o.payload->>'taskId' = t.id::text), false),
                (SELECT count(*) FROM workflows.timers x WHERE x.task_id = t.id AND x.fired_at IS NULL AND x.kind = 'deadline'),
                (SELECT count(*) FROM workflows.timers x WHERE x.task_id = t.id AND x.fired_at IS NULL AND x.kind = 'escalation' AND x.level = 2),
                (SELECT min(x.due_at) FROM workflows.timers x WHERE x.task_id = t.id AND x.fired_at IS NULL AND x.kind <> 'reminder')
            FROM workflows.tasks t WHERE t.instance_id = $1 AND t.step_id = 'verifikasi'
            """, connection)
        {
            Parameters = { new() { Value = instanceId } },
        };
        var tasks = new List<BurstTask>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tasks.Add(new BurstTask(
                reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3), reader.GetInt64(4), reader.GetInt64(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9),
                reader.GetBoolean(10), reader.GetInt64(11), reader.GetInt64(12), reader.IsDBNull(13) ? null : reader.GetFieldValue<DateTimeOffset>(13)));
        }

        return tasks;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static MutuBaku MutuBaku(string text) => MutuBakuParser.TryParse(text, out var parsed, out _) ? parsed : throw new ArgumentException(text);

    private sealed record BurstTask(
        Guid Id, string? Assignee, DateTimeOffset Due, DateTimeOffset? OverdueAt, long Escalations, long Level1, DateTimeOffset? RaisedAt,
        long Notified, long OverdueEvents, long RaisedEvents, bool OverdueBeforeRaised, long PendingDeadlines, long NextLevel, DateTimeOffset? NextDue);
}
