using Workflows.Core.Diagnostics;
using Workflows.Core.Time;
using Workflows.Core.Yaml;

namespace Workflows.Core.Calendars;

/// <summary>The working calendars of a <c>workflows/calendars</c> folder, with <c>extends</c> resolved.</summary>
public sealed class CalendarCatalog
{
    private readonly IReadOnlyDictionary<string, string> parents;

    private CalendarCatalog(
        IReadOnlyDictionary<string, WorkingCalendar> calendars, IReadOnlyDictionary<string, string> parents,
        IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, string> coverageFiles)
    {
        Calendars = calendars;
        this.parents = parents;
        Diagnostics = diagnostics;
        CoverageFiles = coverageFiles;
    }

    public IReadOnlyDictionary<string, WorkingCalendar> Calendars { get; }

    /// <summary><paramref name="id"/> and every loaded calendar that extends it, directly or through another, in id order.</summary>
    public IReadOnlyList<string> Family(string id) =>
        [.. Calendars.Keys.Where(c => Lineage(c).Contains(id, StringComparer.Ordinal)).Order(StringComparer.Ordinal)];

    private IEnumerable<string> Lineage(string id)
    {
        // Cycles were refused when loading, so this ends; the bound only guards against a future mistake.
        for (var (current, depth) = (id, 0); current is not null && depth <= Calendars.Count; depth++)
        {
            yield return current;
            current = parents.GetValueOrDefault(current)!;
        }
    }

    /// <summary>
    /// For each calendar with a coverage, the name of the file that states it: its own, or the nearest ancestor's when
    /// it inherits. The next decree goes there.
    /// </summary>
    public IReadOnlyDictionary<string, string> CoverageFiles { get; }

    /// <summary>Problems of every calendar file, in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public static CalendarCatalog LoadDirectory(string directory) =>
        Load(Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory).Where(WorkflowFiles.IsYaml).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllBytes(f)))
            : []);

    public static CalendarCatalog Load(IEnumerable<(string File, byte[] Yaml)> files)
    {
        var read = new Dictionary<string, (CalendarV1 File, CalendarSpec Spec, DiagnosticBag Bag)>(StringComparer.Ordinal);
        var bags = new List<DiagnosticBag>();
        foreach (var (file, yaml) in files)
        {
            var bag = new DiagnosticBag(file);
            bags.Add(bag);
            if (YamlTreeReader.Read(yaml, bag) is { } root && CalendarReaderV1.Read(root, bag) is { Id: { } id } calendar)
            {
                var spec = CalendarSpecCompiler.Compile(calendar, bag);
                if (!read.TryAdd(id.Value, (calendar, spec, bag)))
                {
                    bag.Error(DiagnosticCodes.DuplicateId, id.Position, $"calendar '{id.Value}' is already defined in {read[id.Value].Bag.File}");
                }
            }
        }

        var calendars = new Dictionary<string, WorkingCalendar>(StringComparer.Ordinal);
        foreach (var (id, entry) in read)
        {
            // A file with errors builds nothing: its problems are reported once, not again as missing pieces.
            if (!entry.Bag.HasErrors && Resolve(id, read, []) is { } spec && Build(spec, entry.File, entry.Bag) is { } calendar)
            {
                calendars[id] = calendar;
            }
        }

        var parents = read.Where(r => r.Value.File.Extends is not null).ToDictionary(r => r.Key, r => r.Value.File.Extends!.Value, StringComparer.Ordinal);
        var coverageFiles = calendars.Where(c => c.Value.Coverage is not null)
            .ToDictionary(c => c.Key, c => Path.GetFileName(StatingCoverage(c.Key, read)), StringComparer.Ordinal);
        return new CalendarCatalog(calendars, parents, [.. bags.SelectMany(b => b.Sorted())], coverageFiles);
    }

    /// <summary>The file of the calendar whose <c>covers</c> applies to <paramref name="id"/>; only for built calendars, whose chains end.</summary>
    private static string StatingCoverage(string id, Dictionary<string, (CalendarV1 File, CalendarSpec Spec, DiagnosticBag Bag)> read)
    {
        var entry = read[id];
        while (entry.File.Covers is null && entry.File.Extends is { } parent)
        {
            entry = read[parent.Value];
        }

        return entry.Bag.File;
    }

    private static CalendarSpec? Resolve(
        string id, Dictionary<string, (CalendarV1 File, CalendarSpec Spec, DiagnosticBag Bag)> read, HashSet<string> chain)
    {
        var (file, spec, bag) = read[id];
        if (file.Extends is not { } parent)
        {
            return spec;
        }

        if (!chain.Add(id) || chain.Contains(parent.Value))
        {
            bag.Error(DiagnosticCodes.BadCalendar, parent.Position, $"calendar '{id}' extends '{parent.Value}', which leads back to itself");
            return null;
        }

        if (!read.TryGetValue(parent.Value, out var parentEntry))
        {
            bag.Error(DiagnosticCodes.UnknownCalendar, parent.Position, $"calendar '{id}' extends unknown calendar '{parent.Value}'");
            return null;
        }

        if (parentEntry.Bag.HasErrors)
        {
            bag.Error(DiagnosticCodes.BadCalendar, parent.Position, $"calendar '{id}' extends '{parent.Value}', which has errors");
            return null;
        }

        // The parent (or one above it) may fail only now, e.g. by widening coverage: the child says so, whichever of the
        // two came first, and every failure leaves an error in its own file, so nothing is resolved and reported twice.
        if (Resolve(parent.Value, read, chain) is not { } resolved)
        {
            bag.Error(DiagnosticCodes.BadCalendar, parent.Position, $"calendar '{id}' extends '{parent.Value}', which has errors");
            return null;
        }

        // A child's holiday list is its parent's plus its own, so it cannot be complete for dates the parent's is not.
        if (spec.Coverage is { } own && resolved.Coverage is { } inherited && (own.From < inherited.From || own.To > inherited.To))
        {
            bag.Error(DiagnosticCodes.BadCalendar, file.Covers?.Position ?? parent.Position,
                $"calendar '{id}' covers {own}, beyond '{parent.Value}', which covers {inherited}; a calendar may only narrow the coverage it extends");
            return null;
        }

        return spec.Over(resolved);
    }

    private static WorkingCalendar? Build(CalendarSpec spec, CalendarV1 file, DiagnosticBag bag)
    {
        if (spec.Zone is null || spec.Hours is null)
        {
            bag.Error(DiagnosticCodes.MissingKey, file.Position,
                $"calendar '{spec.Id}' needs {(spec.Zone is null ? "'time_zone'" : "'hours'")}, or 'extends' naming a calendar that has it");
            return null;
        }

        try
        {
            return new WorkingCalendar(spec.Id, spec.Zone, spec.Hours, spec.Holidays, spec.Periods, spec.ClosedOn ?? HolidayKinds.All, spec.Recurring, spec.Coverage);
        }
        catch (ArgumentException e)
        {
            // Overlapping periods can come from two files (a child adding to its parent's), so they surface here.
            bag.Error(DiagnosticCodes.BadCalendar, file.Position, $"calendar '{spec.Id}': {e.Message}");
            return null;
        }
    }
}
