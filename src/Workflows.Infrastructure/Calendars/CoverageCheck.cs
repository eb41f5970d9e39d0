using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Calendars;

/// <summary>
/// Finds the calendars in use — those named by the published version of a definition that is not retired — and
/// which of them have fewer than <see cref="CalendarOptions.CoverageWarningDays"/> days of holiday list left, today
/// in each calendar's own zone. A calendar that extends another already carries the coverage it inherits.
/// </summary>
public sealed class CoverageCheck(
    WorkflowsDbContext db, DefinitionCatalog catalog, CoverageGauge gauge, TimeProvider time, IOptions<CalendarOptions> options)
{
    /// <summary>The calendars in use whose coverage ends within the warning period or has ended, by calendar id.</summary>
    public async Task<IReadOnlyList<CoverageWarning>> RunAsync(CancellationToken cancellationToken)
    {
        var uses = await InUseAsync(cancellationToken);
        gauge.Observe(uses);
        var now = time.GetUtcNow();
        // A calendar that claims every date has no days left to count (null), and null is never below the threshold.
        return [.. uses
            .Where(u => u.DaysLeft(now) < options.Value.CoverageWarningDays)
            .Select(u => new CoverageWarning(u, u.Calendar.Coverage!, u.Today(now), u.DaysLeft(now)!.Value))];
    }

    /// <summary>Each calendar a published definition names, with the agencies of those definitions, by calendar id.</summary>
    public async Task<IReadOnlyList<CalendarUse>> InUseAsync(CancellationToken cancellationToken)
    {
        var published = await db.Definitions.AsNoTracking()
            .Where(d => d.PublishedVersion != null && d.RetiredAt == null)
            .Select(d => new { d.Id, d.Agency, Version = d.PublishedVersion!.Value })
            .ToListAsync(cancellationToken);

        // Compiled versions are cached for the life of the process, so only versions this node has not seen yet are read.
        var unseen = published.Where(d => !catalog.TryGet(d.Id, d.Version, out _)).Select(d => d.Id).ToList();
        if (unseen.Count > 0)
        {
            var versions = await db.DefinitionVersions.AsNoTracking()
                .Where(v => unseen.Contains(v.DefinitionId) && v.Status == VersionStatus.Published)
                .Select(v => new { v.DefinitionId, v.Version, v.Yaml })
                .ToListAsync(cancellationToken);
            foreach (var version in versions)
            {
                catalog.Get(version.DefinitionId, version.Version, version.Yaml);
            }
        }

        var agencies = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var definition in published)
        {
            if (catalog.TryGet(definition.Id, definition.Version, out var compiled))
            {
                if (!agencies.TryGetValue(compiled.Calendar, out var set))
                {
                    agencies[compiled.Calendar] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(definition.Agency);
            }
        }

        return [.. agencies.Select(a => new CalendarUse(catalog.Calendar(a.Key), [.. a.Value]))];
    }
}
