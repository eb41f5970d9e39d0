using System.Diagnostics;

namespace Workflows.Testing;

/// <summary>
/// The timer table under pressure, built with SQL around one real instance: a mass of pending far-future deadlines, probes
/// of ordinary deadlines coming due during the task load (their lag), and a burst of deadlines due in the same second.
/// Rows are clones of the instance's first task, so the runner escalates them exactly as it would real ones.
/// </summary>
public sealed class TimerScenario(string database, Guid instanceId, Guid taskId)
{
    public async Task AddPendingAsync(int count) =>
        await Cluster.ExecuteAsync(database, $"""
            INSERT INTO workflows.timers (id, instance_id, task_id, kind, level, due_at)
            SELECT gen_random_uuid(), '{instanceId}', '{taskId}', 'deadline', 1, now() + interval '400 days' + g * interval '1 second'
            FROM generate_series(1, {count}) g
            """);

    /// <summary>Adds <paramref name="count"/> open tasks of their own, each with a deadline at <paramref name="dueInSeconds"/> from now.</summary>
    public async Task<DateTimeOffset> AddDueAsync(string label, int count, double dueInSeconds)
    {
        var due = DateTimeOffset.UtcNow.AddSeconds(dueInSeconds);
        await Cluster.ExecuteAsync(database, $"""
            WITH cloned AS (
                INSERT INTO workflows.tasks
                SELECT (jsonb_populate_record(t, jsonb_build_object('id', gen_random_uuid(), 'step_title', '{label}', 'due', '{due:O}'))).*
                FROM workflows.tasks t, generate_series(1, {count}) g WHERE t.id = '{taskId}'
                RETURNING id, instance_id, due)
            INSERT INTO workflows.timers (id, instance_id, task_id, kind, level, due_at)
            SELECT gen_random_uuid(), instance_id, id, 'deadline', 1, due FROM cloned
            """);
        return due;
    }

    /// <summary>Time from the burst's due time until every one of its tasks is escalated.</summary>
    public async Task<TimeSpan> WaitForBurstAsync(string label, int count, DateTimeOffset due, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (await EscalatedAsync(label) < count)
        {
            if (watch.Elapsed > timeout)
            {
                return TimeSpan.MaxValue;
            }

            await Task.Delay(20);
        }

        return DateTimeOffset.UtcNow - due;
    }

    /// <summary>The p99 of (raised − due) over the escalations of the labelled probes, in seconds.</summary>
    public Task<double> LagP99Async(string label) =>
        Cluster.ScalarAsync<double>(database, $"""
            SELECT coalesce(percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM e.raised_at - e.due)), 'NaN')::float8
            FROM workflows.escalations e JOIN workflows.tasks t ON t.id = e.task_id WHERE t.step_title = '{label}' AND e.level = 1
            """);

    public Task<long> EscalatedAsync(string label) =>
        Cluster.ScalarAsync<long>(database, $"""
            SELECT count(*) FROM workflows.escalations e JOIN workflows.tasks t ON t.id = e.task_id WHERE t.step_title = '{label}' AND e.level = 1
            """);

    /// <summary>Open instances the server does not hold in memory: clones of the instance, for the footprint.</summary>
    public async Task AddOpenInstancesAsync(int count) =>
        await Cluster.ExecuteAsync(database, $"""
            INSERT INTO workflows.instances
            SELECT (jsonb_populate_record(i, jsonb_build_object('id', gen_random_uuid(), 'business_key', 'FOOT-' || g))).*
            FROM workflows.instances i, generate_series(1, {count}) g WHERE i.id = '{instanceId}'
            """);
}
