using Npgsql;
using Workflows.Core.Deadlines;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>
/// Claims one batch of due timers (all kinds but wait) in one statement: locked with <c>FOR UPDATE SKIP LOCKED</c>, so
/// nodes share the table without waiting on each other; marked fired in the caller's transaction, so a crash before its
/// commit leaves them pending; and returned with their instance, task and the assignee's away periods, so acting on them
/// needs no further read. The task's status is read here without its lock; the write re-checks it under the lock.
/// </summary>
internal static class TimerClaim
{
    private const string Sql = $"""
        WITH due AS (
            SELECT id FROM workflows.timers
            WHERE fired_at IS NULL AND kind <> '{TimerKinds.Wait}' AND due_at <= $1
            ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED),
        fired AS (
            UPDATE workflows.timers t SET fired_at = $1 FROM due WHERE t.id = due.id
            RETURNING t.id, t.instance_id, t.task_id, t.kind, t.level, t.due_at)
        SELECT f.id, f.kind, f.level, f.due_at,
            i.id, i.agency, i.definition_id, i.definition_version, i.business_key, i.status, i.due, i.due_provisional,
            t.id, t.step_id, t.step_title, t.actor_role, t.assignee, t.status, t.opened_at, t.due, t.due_provisional,
            away.starts, away.ends
        FROM fired f
        LEFT JOIN workflows.instances i ON i.id = f.instance_id
        LEFT JOIN workflows.tasks t ON t.id = f.task_id
        LEFT JOIN LATERAL (
            SELECT array_agg(a.starts_at ORDER BY a.starts_at) AS starts, array_agg(a.ends_at ORDER BY a.starts_at) AS ends
            FROM workflows.away_periods a
            WHERE f.kind = '{TimerKinds.Deadline}' AND t.status = '{TaskStatuses.Open}' AND t.assignee IS NOT NULL
              AND a.agency = i.agency AND a.user_id = t.assignee AND a.starts_at < $1 AND a.ends_at > t.opened_at) away ON true
        ORDER BY f.due_at, f.id
        """;

    public static async Task<List<FiredTimer>> ClaimAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Sql, connection, transaction)
        {
            Parameters = { new() { Value = now.ToUniversalTime() }, new() { Value = batchSize } },
        };
        var timers = new List<FiredTimer>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            timers.Add(Read(reader));
        }

        return timers;
    }

    private static FiredTimer Read(NpgsqlDataReader row)
    {
        var instance = row.IsDBNull(4) ? null : new InstanceHead(
            row.GetGuid(4), row.GetString(5), row.GetString(6), row.GetInt32(7), row.GetString(8), row.GetString(9),
            Instant(row, 10), row.GetBoolean(11));
        var task = row.IsDBNull(12) ? null : new TaskHead(
            row.GetGuid(12), row.GetString(13), row.GetString(14), Text(row, 15), Text(row, 16), row.GetString(17),
            row.GetFieldValue<DateTimeOffset>(18), Instant(row, 19), row.GetBoolean(20));
        var away = row.IsDBNull(21)
            ? []
            : row.GetFieldValue<DateTimeOffset[]>(21).Zip(row.GetFieldValue<DateTimeOffset[]>(22), (start, end) => new AwayPeriod(start, end)).ToList();
        return new FiredTimer(row.GetGuid(0), row.GetString(1), row.GetInt32(2), row.GetFieldValue<DateTimeOffset>(3), instance, task, away);
    }

    private static string? Text(NpgsqlDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    private static DateTimeOffset? Instant(NpgsqlDataReader row, int ordinal) =>
        row.IsDBNull(ordinal) ? null : row.GetFieldValue<DateTimeOffset>(ordinal);
}
