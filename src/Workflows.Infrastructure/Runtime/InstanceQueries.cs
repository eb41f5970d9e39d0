using Microsoft.EntityFrameworkCore;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Runtime;

/// <summary>Read side: instances, their history and the inboxes. <c>agency</c> null means a platform administrator.</summary>
public sealed class InstanceQueries(WorkflowsDbContext db, DefinitionVersions definitions)
{
    public async Task<InstanceSnapshot?> FindAsync(Guid id, string? agency, CancellationToken cancellationToken)
    {
        var row = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && (agency == null || i.Agency == agency), cancellationToken);
        if (row is null)
        {
            return null;
        }

        var definition = await definitions.CompiledAsync(row.DefinitionId, row.DefinitionVersion, cancellationToken);
        return new InstanceSnapshot(row, InstanceStateJson.Deserialize(row.State, definition), definition);
    }

    public Task<bool> ExistsAsync(Guid id, string? agency, CancellationToken cancellationToken) =>
        db.Instances.AnyAsync(i => i.Id == id && (agency == null || i.Agency == agency), cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> lines of an instance's history, oldest first, after the line with id <paramref name="after"/>.
    /// Line ids only grow, so a reader paging with the last id it saw sees every line once even while the instance moves on.
    /// </summary>
    public Task<List<AuditRow>> HistoryAsync(Guid instanceId, long? after, int limit, CancellationToken cancellationToken)
    {
        var from = after ?? 0;
        return db.Audit.AsNoTracking()
            .Where(a => a.InstanceId == instanceId && a.Id > from)
            .OrderBy(a => a.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    public Task<List<InstanceRow>> ListAsync(string? agency, string? definition, string? businessKey, string? status, int limit, CancellationToken cancellationToken) =>
        db.Instances.AsNoTracking()
            .Where(i => agency == null || i.Agency == agency)
            .Where(i => definition == null || i.DefinitionId == definition)
            .Where(i => businessKey == null || i.BusinessKey == businessKey)
            .Where(i => status == null || i.Status == status)
            .OrderByDescending(i => i.StartedAt)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public Task<TaskRow?> FindTaskAsync(Guid id, string? agency, CancellationToken cancellationToken) =>
        db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id && (agency == null || t.Agency == agency), cancellationToken);

    public Task<List<TaskRow>> TasksAsync(TaskQuery query, string? agency, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(actor);
        var tasks = db.Tasks.AsNoTracking()
            .Where(t => t.WaitingFor == "actor" && t.Status == query.Status)
            .Where(t => agency == null || t.Agency == agency);
        var roles = actor.ActorRoles.ToList();
        tasks = query.Scope switch
        {
            "mine" => tasks.Where(t => t.Assignee == actor.UserId),
            "all" => tasks,
            _ => tasks.Where(t => t.Assignee == actor.UserId || (t.Assignee == null && roles.Contains(t.ActorRole!))),
        };
        if (query.Definition is not null)
        {
            tasks = tasks.Where(t => t.DefinitionId == query.Definition);
        }

        if (query.DueBefore is { } dueBefore)
        {
            var limit = dueBefore.ToUniversalTime();
            tasks = tasks.Where(t => t.Due < limit);
        }

        if (query.Overdue is { } overdue)
        {
            var utcNow = now.ToUniversalTime();
            tasks = overdue ? tasks.Where(t => t.Status == TaskStatuses.Open && t.Due < utcNow) : tasks.Where(t => t.Due == null || t.Due >= utcNow);
        }

        return tasks.OrderBy(t => t.Due == null).ThenBy(t => t.Due).ThenBy(t => t.OpenedAt).Take(query.Limit).ToListAsync(cancellationToken);
    }
}
