using Microsoft.EntityFrameworkCore;
using Workflows.Core.Definitions;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Definitions;

/// <summary>
/// The time zone an instance's times are told in: the zone of the calendar its definition version runs on (WIB, WITA or
/// WIT), as <c>workflows due</c> prints them. Instants stay the same; only the offset they are written with changes.
/// </summary>
public sealed class InstanceZones(DefinitionVersions versions, DefinitionCatalog catalog, WorkflowsDbContext db)
{
    public TimeZoneInfo Of(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return catalog.Calendar(definition.Calendar).Zone;
    }

    public async Task<TimeZoneInfo> OfAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        Of(await versions.CompiledAsync(definitionId, version, cancellationToken));

    /// <summary>The zones of several instances, for a list of their tasks or escalations: one query for their versions.</summary>
    public async Task<IReadOnlyDictionary<Guid, TimeZoneInfo>> OfInstancesAsync(IEnumerable<Guid> instanceIds, CancellationToken cancellationToken)
    {
        var ids = instanceIds.Distinct().ToList();
        var instances = await db.Instances.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.DefinitionId, i.DefinitionVersion }).ToListAsync(cancellationToken);
        var zones = new Dictionary<Guid, TimeZoneInfo>(instances.Count);
        foreach (var instance in instances)
        {
            zones[instance.Id] = await OfAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
        }

        return zones;
    }
}
