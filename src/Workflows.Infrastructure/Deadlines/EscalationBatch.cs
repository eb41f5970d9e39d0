using System.Text.Json;
using Npgsql;
using Workflows.Infrastructure.Messaging;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>
/// Writes an <see cref="EscalationPlan"/> as one <see cref="NpgsqlBatch"/> in the claim's transaction: one statement per
/// table, each taking its rows as arrays (<c>unnest</c>), so the text is the same whatever the batch holds and Npgsql
/// prepares it once. Statements with no rows are left out, so the tables' insert triggers only announce real rows.
/// The escalations go first and say which were inserted: a level raised already (by another node, or before a crash
/// after its commit) conflicts on the unique index and is skipped, and the notifications, events and next-level timers
/// that name it are skipped with it. Identity ids of notifications and outbox rows follow the plan's order.
/// </summary>
internal static class EscalationBatch
{
    private const string Open = TaskStatuses.Open;

    private const string EscalateSql = $"""
        WITH still_open AS (
            UPDATE workflows.tasks t SET overdue_at = coalesce(t.overdue_at, $1)
            FROM unnest($2::uuid[]) x(id) WHERE t.id = x.id AND t.status = '{Open}'
            RETURNING t.id)
        INSERT INTO workflows.escalations (id, agency, instance_id, task_id, definition_id, business_key, step_id, late_role, assignee,
            level, to_role, due, raised_at, late_seconds, status)
        SELECT x.id, x.agency, x.instance_id, x.task_id, x.definition_id, x.business_key, x.step_id, x.late_role, x.assignee,
            x.level, x.to_role, x.due, $1, x.late_seconds, '{EscalationStatus.Open}'
        FROM unnest($3::uuid[], $4::text[], $5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
            $12::int[], $13::text[], $14::timestamptz[], $15::bigint[])
            WITH ORDINALITY x(id, agency, instance_id, task_id, definition_id, business_key, step_id, late_role, assignee, level, to_role, due, late_seconds, ord)
        WHERE x.task_id IS NULL OR x.task_id IN (SELECT id FROM still_open)
        ORDER BY x.ord
        ON CONFLICT DO NOTHING
        RETURNING id
        """;

    private const string MoveSql = $"""
        WITH moved AS (
            UPDATE workflows.tasks t SET due = x.due, due_provisional = x.provisional
            FROM unnest($1::uuid[], $2::timestamptz[], $3::boolean[], $4::uuid[]) x(id, due, provisional, timer_id)
            WHERE t.id = x.id AND t.status = '{Open}'
            RETURNING x.timer_id, t.instance_id, t.id, t.due)
        INSERT INTO workflows.timers (id, instance_id, task_id, kind, level, due_at)
        SELECT timer_id, instance_id, id, '{TimerKinds.Deadline}', 1, due FROM moved
        """;

    private const string NotifySql = """
        INSERT INTO workflows.notifications (agency, to_user, to_role, kind, instance_id, task_id, text, detail, created_at)
        SELECT x.agency, x.to_user, x.to_role, x.kind, x.instance_id, x.task_id, x.text, x.detail::jsonb, $1
        FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::text[], $9::text[], $10::uuid[])
            WITH ORDINALITY x(agency, to_user, to_role, kind, instance_id, task_id, text, detail, escalation_id, ord)
        WHERE x.escalation_id IS NULL OR EXISTS (SELECT 1 FROM workflows.escalations e WHERE e.id = x.escalation_id)
        ORDER BY x.ord
        """;

    private const string NextLevelSql = $"""
        INSERT INTO workflows.timers (id, instance_id, task_id, kind, level, due_at)
        SELECT x.id, x.instance_id, x.task_id, '{TimerKinds.Escalation}', x.level, x.due_at
        FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::timestamptz[], $6::uuid[]) x(id, instance_id, task_id, level, due_at, escalation_id)
        WHERE EXISTS (SELECT 1 FROM workflows.escalations e WHERE e.id = x.escalation_id)
        """;

    // A task named as open is locked by the escalation statement above, so its status cannot change before the commit.
    private const string OutboxSql = $"""
        INSERT INTO workflows.outbox (event_id, type, agency, instance_id, payload, created_at, attempts)
        SELECT x.event_id, x.type, x.agency, x.instance_id, x.payload::jsonb, $1, 0
        FROM unnest($2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::uuid[], $8::uuid[])
            WITH ORDINALITY x(event_id, type, agency, instance_id, payload, escalation_id, open_task_id, ord)
        WHERE (x.escalation_id IS NULL OR EXISTS (SELECT 1 FROM workflows.escalations e WHERE e.id = x.escalation_id))
          AND (x.open_task_id IS NULL OR EXISTS (SELECT 1 FROM workflows.tasks t WHERE t.id = x.open_task_id AND t.status = '{Open}'))
        ORDER BY x.ord
        """;

    /// <summary>Writes the plan; returns the escalations inserted (those not raised before).</summary>
    public static async Task<IReadOnlyList<EscalationInsert>> WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, EscalationPlan plan, CancellationToken cancellationToken)
    {
        now = now.ToUniversalTime();
        await using var batch = new NpgsqlBatch(connection, transaction);
        var escalating = plan.Overdue.Count > 0 || plan.Escalations.Count > 0;
        if (escalating)
        {
            var e = plan.Escalations;
            batch.BatchCommands.Add(Command(EscalateSql, now, plan.Overdue.ToArray(),
                Column(e, r => r.Id), Column(e, r => r.Agency), Column(e, r => r.InstanceId), Column(e, r => r.TaskId), Column(e, r => r.DefinitionId),
                Column(e, r => r.BusinessKey), Column(e, r => r.StepId), Column(e, r => r.LateRole), Column(e, r => r.Assignee), Column(e, r => r.Level),
                Column(e, r => r.ToRole), Column(e, r => r.Due.ToUniversalTime()), Column(e, r => r.LateSeconds)));
        }

        if (plan.Moves is { Count: > 0 } m)
        {
            batch.BatchCommands.Add(Command(MoveSql, Column(m, r => r.TaskId), Column(m, r => r.Due), Column(m, r => r.Provisional), Column(m, r => r.TimerId)));
        }

        if (plan.Notifications is { Count: > 0 } n)
        {
            batch.BatchCommands.Add(Command(NotifySql, now, Column(n, r => r.Agency), Column(n, r => r.ToUser), Column(n, r => r.ToRole), Column(n, r => r.Kind),
                Column(n, r => r.InstanceId), Column(n, r => r.TaskId), Column(n, r => r.Text), Column(n, r => r.Detail), Column(n, r => r.EscalationId)));
        }

        if (plan.NextLevels is { Count: > 0 } t)
        {
            batch.BatchCommands.Add(Command(NextLevelSql, Column(t, r => r.Id), Column(t, r => r.InstanceId), Column(t, r => r.TaskId), Column(t, r => r.Level),
                Column(t, r => r.DueAt), Column(t, r => r.EscalationId)));
        }

        if (plan.Events is { Count: > 0 } o)
        {
            // The rows the outbox relay reads back, as Outbox.Add writes them.
            batch.BatchCommands.Add(Command(OutboxSql, now, Column(o, r => r.Message.EventId), Column(o, r => r.Message.GetType().Name),
                Column(o, r => r.Message.Agency), Column(o, r => (Guid?)r.Message.InstanceId),
                Column(o, r => Outbox.PayloadOf(r.Message)), Column(o, r => r.EscalationId), Column(o, r => r.OpenTaskId)));
        }

        if (batch.BatchCommands.Count == 0)
        {
            return [];
        }

        var inserted = new HashSet<Guid>();
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            while (escalating && await reader.ReadAsync(cancellationToken))
            {
                inserted.Add(reader.GetGuid(0));
            }

            // Reading on to the end surfaces an error of any later statement here, before the commit.
            while (await reader.NextResultAsync(cancellationToken))
            {
            }
        }

        return [.. plan.Escalations.Where(e => inserted.Contains(e.Id))];
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    private static T[] Column<TRow, T>(IReadOnlyList<TRow> rows, Func<TRow, T> value) => [.. rows.Select(value)];
}
