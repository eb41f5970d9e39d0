using System.Collections.Concurrent;
using Workflows.Testing;

namespace Workflows.Reliability.Tests;

/// <summary>
/// Two nodes share PostgreSQL and RabbitMQ; staff run instances through both; one node is killed with SIGKILL mid-run
/// and started again. Nothing acknowledged is lost, nothing is done twice, every deadline escalates once, every event
/// reaches the broker, and no instance is left where it cannot move.
/// </summary>
[NonParallelizable]
public sealed class NodeCrashTests
{
    private static int Instances => int.TryParse(Environment.GetEnvironmentVariable("WORKFLOWS_RELIABILITY_CASES"), out var n) ? n : 2_000;

    [Test]
    public async Task A_node_killed_mid_run_loses_nothing_acknowledged_and_does_nothing_twice()
    {
        await using var deployment = await Deployment.CreateAsync("workflows_reliability_crash");
        var first = await deployment.StartNodeAsync(5201);
        var second = await deployment.StartNodeAsync(5202);
        await using var ledger = await EventLedger.StartAsync(Deployment.RabbitMqUrl(deployment.Repo));
        using var staff = new Staff([first.Url, second.Url], "bench", "petugas-reliability", ["staff"], "petugas");

        // Deadline probes: open tasks whose deadlines come due while the node is down and after.
        var anchor = await staff.PostAsync("/instances", new { definition = LoadDriver.Definition, businessKey = "ANCHOR" });
        var anchorTask = Guid.Parse(anchor["openSteps"]![0]!["taskId"]!.GetValue<string>());
        var timers = new TimerScenario(deployment.Database, Guid.Parse(anchor["id"]!.GetValue<string>()), anchorTask);
        const int Probes = 3 * 40;
        for (var i = 0; i < 3; i++)
        {
            await timers.AddDueAsync("reliability-probe", 40, 2 + (i * 3));
        }

        var acknowledged = new ConcurrentBag<Guid>();
        var done = 0;
        ServerProcess? restarted = null;
        var killer = Task.Run(async () =>
        {
            while (Volatile.Read(ref done) < Instances / 3)
            {
                await Task.Delay(20);
            }

            await second.KillAsync();
            Invariants.Print("node 2 killed (SIGKILL) after cases done", Volatile.Read(ref done));
            await Task.Delay(TimeSpan.FromSeconds(1));
            restarted = await deployment.StartNodeAsync(5202);
            Invariants.Print("node 2 restarted after cases done", Volatile.Read(ref done));
        });

        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(async worker =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Instances)
            {
                var kasus = await staff.PostAsync("/instances", new { definition = LoadDriver.Definition, businessKey = $"CRASH-{i}" }, i);
                for (var step = 0; kasus["openSteps"]!.AsArray().Count > 0; step++)
                {
                    var task = Guid.Parse(kasus["openSteps"]![0]!["taskId"]!.GetValue<string>());
                    kasus = await staff.PostAsync($"/tasks/{task}/complete", new { }, i + step);
                    acknowledged.Add(task);
                }

                Interlocked.Increment(ref done);
            }
        }));
        await killer;
        Assert.That(restarted?.Running, Is.True, "node 2 came back");

        Invariants.Print("cases run", Instances);
        Invariants.Print("requests retried on the other node", staff.Retries);
        var db = deployment.Database;
        var acked = string.Join(',', acknowledged.Select(t => $"'{t}'"));
        Invariants.Holds("acknowledged completions persisted", await Invariants.CountAsync(db, $"SELECT count(*) FROM workflows.tasks WHERE status = 'completed' AND id IN ({acked})"), acknowledged.Count);
        Invariants.Holds("tasks completed more than once", await Invariants.CountAsync(db,
            "SELECT count(*) FROM (SELECT task_id FROM workflows.audit WHERE action = 'task-completed' GROUP BY task_id HAVING count(*) > 1) d"), 0);
        Invariants.Holds("cases of the run completed", await Invariants.CountAsync(db, "SELECT count(*) FROM workflows.instances WHERE business_key LIKE 'CRASH-%' AND status = 'completed'"), Instances);
        Invariants.Holds("running cases with no open step (stuck)", await Invariants.CountAsync(db,
            "SELECT count(*) FROM workflows.instances i WHERE status = 'running' AND NOT EXISTS (SELECT 1 FROM workflows.tasks t WHERE t.instance_id = i.id AND t.status = 'open')"), 0);
        Invariants.Holds("audit entries without actor or time", await Invariants.CountAsync(db, "SELECT count(*) FROM workflows.audit WHERE actor = '' OR at IS NULL"), 0);
        Invariants.Holds("completed tasks without their audit entry", await Invariants.CountAsync(db,
            "SELECT count(*) FROM workflows.tasks t WHERE t.status = 'completed' AND NOT EXISTS (SELECT 1 FROM workflows.audit a WHERE a.task_id = t.id AND a.action = 'task-completed')"), 0);

        await Until(async () => await timers.EscalatedAsync("reliability-probe") == Probes, TimeSpan.FromSeconds(30));
        Invariants.Holds("deadline probes escalated", await timers.EscalatedAsync("reliability-probe"), Probes);
        Invariants.Holds("deadlines escalated more than once per level", await Invariants.CountAsync(db,
            "SELECT count(*) FROM (SELECT task_id, level FROM workflows.escalations GROUP BY instance_id, task_id, level HAVING count(*) > 1) d"), 0);

        await Until(async () => await Invariants.CountAsync(db, "SELECT count(*) FROM workflows.outbox WHERE published_at IS NULL") == 0, TimeSpan.FromSeconds(60));
        var events = await Invariants.CountAsync(db, "SELECT count(*) FROM workflows.outbox");
        await Until(() => Task.FromResult(ledger.Deliveries.Count >= events), TimeSpan.FromSeconds(60));
        Invariants.Holds("outbox events not yet published", await Invariants.CountAsync(db, "SELECT count(*) FROM workflows.outbox WHERE published_at IS NULL"), 0);
        Invariants.Holds("distinct events the consumer received (effects, once each)", ledger.Deliveries.Count, events);
        Invariants.Print("deliveries including redeliveries", ledger.Deliveries.Values.Sum());
    }

    private static async Task Until(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition() && watch.Elapsed < timeout)
        {
            await Task.Delay(200);
        }
    }
}
