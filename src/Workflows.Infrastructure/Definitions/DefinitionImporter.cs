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
public sealed partial class DefinitionImporter(WorkflowsDbContext db, DefinitionCatalog catalog, DefinitionVersions versions, ILogger<DefinitionImporter> logger)
{
    public const string ImportUser = "system:import";

    public async Task<int> ImportAsync(CancellationToken cancellationToken)
    {
        var known = (await db.Definitions.Select(d => d.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var files = WorkflowFiles.Expand([catalog.Root], []).Where(f => !WorkflowFiles.IsCalendarFile(f));
        var imported = 0;
        foreach (var file in files)
        {
            var yaml = await File.ReadAllBytesAsync(file, cancellationToken);
            var id = DefinitionLoader.PeekId(yaml);
            if (id is null || known.Contains(id))
            {
                continue;
            }

            var created = await versions.CreateAsync(yaml, Path.GetRelativePath(catalog.Root, file), ImportUser, agency: null, cancellationToken);
            if (!created.Succeeded)
            {
                LogSkipped(logger, file, string.Join(Environment.NewLine, created.Failure.Diagnostics));
                continue;
            }

            await versions.PublishAsync(created.Value.DefinitionId, created.Value.Version, ImportUser, agency: null, cancellationToken);
            known.Add(id);
            imported++;
        }

        return imported;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Not importing {File}: it does not validate:\n{Errors}")]
    private static partial void LogSkipped(ILogger logger, string file, string errors);
}
