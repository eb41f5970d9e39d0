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

    public Task RecordAsync(string definitionId, ScheduleStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO workflows.definition_schedules (definition_id, state, error, updated_at)
            VALUES ({definitionId}, {status.State}, {status.Error}, {time.GetUtcNow()})
            ON CONFLICT (definition_id) DO UPDATE SET state = excluded.state, error = excluded.error, updated_at = excluded.updated_at
            """, cancellationToken);
    }
}
