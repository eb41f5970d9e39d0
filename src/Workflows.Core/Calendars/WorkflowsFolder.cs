using Workflows.Core.Definitions;
using Workflows.Core.Definitions.Validation;

namespace Workflows.Core.Calendars;

/// <summary>
/// A <c>workflows/</c> folder opened for validation: its calendars and the ids of its definitions, which
/// definitions are checked against (calendar names, sub-process calls).
/// </summary>
public sealed class WorkflowsFolder
{
    private readonly Dictionary<string, CoveredCalendar> covered;

    private WorkflowsFolder(string? root, CalendarCatalog calendars, IReadOnlySet<string>? definitionIds)
    {
        Root = root;
        Calendars = calendars;
        Context = new CompileContext(root is null ? null : calendars.Calendars.Keys.ToHashSet(StringComparer.Ordinal), definitionIds);
        covered = calendars.Calendars.Where(c => c.Value.Coverage is not null).ToDictionary(
            c => c.Key, c => new CoveredCalendar(c.Value.Coverage!, c.Value.Zone, calendars.CoverageFiles[c.Key]), StringComparer.Ordinal);
    }

    public string? Root { get; }

    public CalendarCatalog Calendars { get; }

    public CompileContext Context { get; }

    /// <summary>Opens <paramref name="root"/>; null stands for "no workflows folder", where nothing outside a file is checked.</summary>
    public static WorkflowsFolder Open(string? root)
    {
        if (root is null)
        {
            return new WorkflowsFolder(null, CalendarCatalog.Load([]), null);
        }

        var ids = WorkflowFiles.Expand([root], [])
            .Where(f => !WorkflowFiles.IsCalendarFile(f))
            .Select(f => DefinitionLoader.PeekId(File.ReadAllBytes(f)))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        return new WorkflowsFolder(root, CalendarCatalog.LoadDirectory(Path.Combine(root, WorkflowFiles.CalendarsFolder)), ids);
    }

    /// <summary>The calendars' coverage seen from <paramref name="now"/>, for <see cref="CompileContext.Coverage"/> (lint WL006).</summary>
    public CoverageHorizon CoverageAt(DateTimeOffset now) => new(covered, now);

    public DefinitionLoadResult LoadDefinition(string file) => DefinitionLoader.Load(file, File.ReadAllBytes(file), Context);
}
