using Microsoft.EntityFrameworkCore;
using Workflows.Core.Deadlines;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Results;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>What supervisors read and do: escalations addressed to their roles, and overdue work of their unit.</summary>
public sealed class SupervisorQueries(WorkflowsDbContext db, DefinitionVersions definitions, DefinitionCatalog catalog)
{
    public const int MaxLimit = 500;

    /// <summary>Escalations to any of <paramref name="roles"/>, the latest first or the latest-running first.</summary>
    public Task<List<EscalationRow>> EscalationsAsync(
        string? agency, IReadOnlySet<string> roles, string? status, string? definition, long? minLateSeconds, bool byLateness, int limit, CancellationToken cancellationToken)
    {
        var query = db.Escalations.AsNoTracking().Where(e => roles.Contains(e.ToRole));
        query = agency is null ? query : query.Where(e => e.Agency == agency);
        query = status is null ? query : query.Where(e => e.Status == status);
        query = definition is null ? query : query.Where(e => e.DefinitionId == definition);
        query = minLateSeconds is null ? query : query.Where(e => e.LateSeconds >= minLateSeconds);
        query = byLateness ? query.OrderBy(e => e.Due) : query.OrderByDescending(e => e.RaisedAt);
        return query.Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<Outcome<EscalationRow>> AcknowledgeAsync(
        Guid id, string? agency, IReadOnlySet<string> roles, string user, string? note, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = await FindAsync(id, agency, roles, cancellationToken);
        if (!found.Succeeded)
        {
            return found;
        }

        var escalation = found.Value;
        if (escalation.Status == EscalationStatus.Acknowledged)
        {
            return Failure.Conflict(FailureCodes.AlreadyAcknowledged, $"Escalation {id} was acknowledged by {escalation.AcknowledgedBy} at {escalation.AcknowledgedAt:O}.");
        }

        escalation.Status = EscalationStatus.Acknowledged;
        escalation.AcknowledgedBy = user;
        escalation.AcknowledgedAt = now;
        escalation.Note = note;
        await db.SaveChangesAsync(cancellationToken);
        return escalation;
    }

    /// <summary>An escalation addressed to one of <paramref name="roles"/> (others' are not found, not forbidden).</summary>
    public async Task<Outcome<EscalationRow>> FindAsync(Guid id, string? agency, IReadOnlySet<string> roles, CancellationToken cancellationToken)
    {
        var escalation = await db.Escalations.FindAsync([id], cancellationToken);
        return escalation is null || (agency is not null && escalation.Agency != agency) || !roles.Contains(escalation.ToRole)
            ? Failure.NotFound($"There is no escalation {id} for your roles.")
            : escalation;
    }

    /// <summary>
    /// Which of <paramref name="escalations"/> name a provisional due time. The escalation row keeps only the instant, so
    /// the mark is read from the late task's row (a whole instance's: the instance's row) as it stands now.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> ProvisionalAsync(IReadOnlyCollection<EscalationRow> escalations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(escalations);
        var taskIds = escalations.Where(e => e.TaskId is not null).Select(e => e.TaskId!.Value).Distinct().ToList();
        var instanceIds = escalations.Where(e => e.TaskId is null).Select(e => e.InstanceId).Distinct().ToList();
        var tasks = taskIds.Count == 0 ? [] : await db.Tasks.AsNoTracking()
            .Where(t => taskIds.Contains(t.Id) && t.DueProvisional).Select(t => t.Id).ToHashSetAsync(cancellationToken);
        var instances = instanceIds.Count == 0 ? [] : await db.Instances.AsNoTracking()
            .Where(i => instanceIds.Contains(i.Id) && i.DueProvisional).Select(i => i.Id).ToHashSetAsync(cancellationToken);
        return escalations.Where(e => e.TaskId is { } task ? tasks.Contains(task) : instances.Contains(e.InstanceId)).Select(e => e.Id).ToHashSet();
    }

    /// <summary>
    /// Open overdue tasks done by roles that one of <paramref name="roles"/> oversees (directly or further down the
    /// supervisor chain of the task's definition), with how late each is in office time.
    /// </summary>
    public async Task<List<(TaskRow Task, TimeSpan Late)>> OverdueAsync(
        string? agency, IReadOnlySet<string> roles, string? definition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var query = db.Tasks.AsNoTracking().Where(t => t.Status == TaskStatuses.Open && t.OverdueAt != null);
        query = agency is null ? query : query.Where(t => t.Agency == agency);
        query = definition is null ? query : query.Where(t => t.DefinitionId == definition);
        var rows = await query
            .Join(db.Instances, t => t.InstanceId, i => i.Id, (t, i) => new { Task = t, i.DefinitionVersion })
            .OrderBy(x => x.Task.Due).Take(MaxLimit * 4).ToListAsync(cancellationToken);
        var overdue = new List<(TaskRow, TimeSpan)>();
        foreach (var row in rows)
        {
            var compiled = await definitions.CompiledAsync(row.Task.DefinitionId, row.DefinitionVersion, cancellationToken);
            if (EscalationChain.Above(compiled, row.Task.ActorRole).Any(roles.Contains))
            {
                overdue.Add((row.Task, DeadlineMath.Lateness(catalog.Calendar(compiled.Calendar), row.Task.Due!.Value, now)));
            }
        }

        return [.. overdue.Take(MaxLimit)];
    }
}
