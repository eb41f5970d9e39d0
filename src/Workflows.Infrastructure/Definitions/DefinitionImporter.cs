using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Workflows.Core.Calendars;
using Workflows.Core.Definitions;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Definitions;

/// <summary>
/// Imports and publishes every definition of the workflows folder whose id the database does not know yet. Ids that
/// exist are left alone: after the first import, administrators own a definition's versions through the API.
/// </summary>
/// <remarks>
/// Start-up waits for this, so it is one unit of work: the known ids are read once, each file is compiled once (the
/// files in parallel), every new definition is added already published as version 1, and one save commits them all.
/// The compiled forms seed the catalog, so the schedule sync that follows compiles nothing. Running under the start-up
/// advisory lock, of several nodes starting together the first imports and the others find every id known.
/// </remarks>
public sealed partial class DefinitionImporter(WorkflowsDbContext db, DefinitionCatalog catalog, DefinitionVersions versions, ILogger<DefinitionImporter> logger)
{
    public const string ImportUser = "system:import";

    public async Task<int> ImportAsync(CancellationToken cancellationToken)
    {
        var stored = (await db.Definitions.Select(d => d.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var files = new List<(string File, byte[] Yaml)>();
        foreach (var file in WorkflowFiles.Expand([catalog.Root], []).Where(f => !WorkflowFiles.IsCalendarFile(f)))
        {
            var yaml = await File.ReadAllBytesAsync(file, cancellationToken);
            if (DefinitionLoader.PeekId(yaml) is { } id && !stored.Contains(id))
            {
                files.Add((file, yaml));
            }
        }

        var compiled = Compile(files, versions.KnownIds(stored), cancellationToken);
        var imported = new List<(DefinitionVersionRow Row, WorkflowDefinition Definition)>();
        for (var i = 0; i < files.Count; i++)
        {
            if (compiled[i].Definition is not { } definition)
            {
                LogSkipped(logger, files[i].File, string.Join(Environment.NewLine, compiled[i].Diagnostics));
            }
            else if (stored.Add(definition.Id))
            {
                // Two files with one id: the first in file order is imported, as when each was imported on its own.
                imported.Add((versions.AddPublished(definition, files[i].Yaml, ImportUser), definition));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (row, definition) in imported)
        {
            catalog.Seed(row.DefinitionId, row.Version, definition);
        }

        return imported.Count;
    }

    /// <summary>Compiles the files as the API validates a new version; compiling is CPU-bound, so the files share the cores.</summary>
    private DefinitionLoadResult[] Compile(List<(string File, byte[] Yaml)> files, IReadOnlySet<string> known, CancellationToken cancellationToken)
    {
        var results = new DefinitionLoadResult[files.Count];
        var rules = versions.ScheduleRules;
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            results[i] = catalog.Compile(Path.GetRelativePath(catalog.Root, files[i].File), files[i].Yaml, known, rules));
        return results;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Not importing {File}: it does not validate:\n{Errors}")]
    private static partial void LogSkipped(ILogger logger, string file, string errors);
}
