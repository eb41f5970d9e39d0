using Microsoft.EntityFrameworkCore;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>The stored state of each definition's schedule; every node syncs at start-up, so writes are upserts.</summary>
public sealed class ScheduleStateStore(WorkflowsDbContext db, TimeProvider time)
{
    public Task<Dictionary<string, string>> AllAsync(CancellationToken cancellationToken) =>
        db.Schedules.AsNoTracking().ToDictionaryAsync(s => s.DefinitionId, s => s.State, StringComparer.Ordinal, cancellationToken);

    public Task<ScheduleStateRow?> FindAsync(string definitionId, CancellationToken cancellationToken) =>
        db.Schedules.AsNoTracking().FirstOrDefaultAsync(s => s.DefinitionId == definitionId, cancellationToken);

    /// <summary>Stores the state; an active one keeps its pending fire, any other forgets it (its job then starts nothing).</summary>
    public Task RecordAsync(string definitionId, ScheduleStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO workflows.definition_schedules (definition_id, state, error, updated_at)
            VALUES ({definitionId}, {status.State}, {status.Error}, {time.GetUtcNow()})
            ON CONFLICT (definition_id) DO UPDATE SET state = excluded.state, error = excluded.error, updated_at = excluded.updated_at,
                next_fire = CASE WHEN excluded.state = {ScheduleStates.Active} THEN definition_schedules.next_fire END,
                cron = CASE WHEN excluded.state = {ScheduleStates.Active} THEN definition_schedules.cron END,
                time_zone = CASE WHEN excluded.state = {ScheduleStates.Active} THEN definition_schedules.time_zone END
            """, cancellationToken);
    }

    /// <summary>
    /// Makes <paramref name="next"/> the pending fire if the stored one is still <paramref name="expected"/>: of two nodes
    /// placing the same schedule, or two runs of one job, exactly one wins; false for the other.
    /// </summary>
    public async Task<bool> MoveNextFireAsync(
        string definitionId, DateTimeOffset? expected, DateTimeOffset next, Core.Definitions.Schedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO workflows.definition_schedules (definition_id, state, error, updated_at, next_fire, cron, time_zone)
            VALUES ({definitionId}, {ScheduleStates.Active}, NULL, {time.GetUtcNow()}, {next}, {schedule.Cron}, {schedule.TimeZone})
            ON CONFLICT (definition_id) DO UPDATE SET state = excluded.state, error = NULL, updated_at = excluded.updated_at,
                next_fire = excluded.next_fire, cron = excluded.cron, time_zone = excluded.time_zone
            WHERE definition_schedules.next_fire IS NOT DISTINCT FROM {expected}
            """, cancellationToken) == 1;
    }
}
