using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Core.Deadlines;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>
/// Collects the open overdue tasks of every agency and gives each supervisor role one notification listing the
/// overdue work of the roles it oversees (every level up the chain), latest-due last.
/// </summary>
public sealed class OverdueDigest(WorkflowsDbContext db, DefinitionVersions definitions, DefinitionCatalog catalog)
{
    /// <summary>Tasks listed in one digest; the count covers all of them.</summary>
    public const int MaxListed = 100;

    /// <summary>Writes the digests; returns how many supervisor roles got one.</summary>
    public async Task<int> ProduceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var overdue = await db.Tasks.AsNoTracking()
            .Where(t => t.Status == TaskStatuses.Open && t.OverdueAt != null)
            .Join(db.Instances, t => t.InstanceId, i => i.Id, (t, i) => new { Task = t, i.DefinitionVersion })
            .OrderBy(x => x.Task.Due)
            .ToListAsync(cancellationToken);
        var digests = new Dictionary<(string Agency, string Role), List<object>>();
        foreach (var row in overdue)
        {
            var definition = await definitions.CompiledAsync(row.Task.DefinitionId, row.DefinitionVersion, cancellationToken);
            var late = DeadlineMath.Lateness(catalog.Calendar(definition.Calendar), row.Task.Due!.Value, now);
            var entry = new
            {
                taskId = row.Task.Id,
                instanceId = row.Task.InstanceId,
                definition = row.Task.DefinitionId,
                businessKey = row.Task.BusinessKey,
                step = row.Task.StepId,
                actorRole = row.Task.ActorRole,
                assignee = row.Task.Assignee,
                due = row.Task.Due,
                dueProvisional = row.Task.DueProvisional,
                lateMinutes = (long)late.TotalMinutes,
            };
            foreach (var supervisor in EscalationChain.Above(definition, row.Task.ActorRole))
            {
                var key = (row.Task.Agency, supervisor);
                if (!digests.TryGetValue(key, out var list))
                {
                    digests[key] = list = [];
                }

                list.Add(entry);
            }
        }

        foreach (var ((agency, role), tasks) in digests)
        {
            db.Notifications.Add(new NotificationRow
            {
                Agency = agency,
                ToRole = role,
                Kind = "digest",
                Text = $"{tasks.Count} overdue task(s) in the work you oversee.",
                Detail = JsonSerializer.Serialize(new { count = tasks.Count, tasks = tasks.Take(MaxListed) }),
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return digests.Count;
    }
}
