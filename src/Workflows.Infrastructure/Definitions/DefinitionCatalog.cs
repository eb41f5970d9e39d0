using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Options;
using Workflows.Core.Calendars;
using Workflows.Core.Definitions;
using Workflows.Core.Definitions.Validation;
using Workflows.Core.Time;

namespace Workflows.Infrastructure.Definitions;

/// <summary>
/// Compiles definition versions and keeps them: a version is immutable, so its compiled form is cached for the life of
/// the process. Calendars come from the workflows folder's <c>calendars/</c>.
/// </summary>
public sealed class DefinitionCatalog
{
    private readonly ConcurrentDictionary<(string Id, int Version), WorkflowDefinition> compiled = new();
    private readonly TimeProvider time;

    public DefinitionCatalog(IOptions<WorkflowsOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        Root = WorkflowsRoot.Resolve(options.Value.Root);
        Folder = WorkflowsFolder.Open(Root);
        if (Folder.Calendars.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException(
                "The working calendars do not load:" + Environment.NewLine + string.Join(Environment.NewLine, Folder.Calendars.Diagnostics));
        }
    }

    public string Root { get; }

    public WorkflowsFolder Folder { get; }

    public WorkingCalendar Calendar(string id) => Folder.Calendars.Calendars[id];

    /// <summary>
    /// Validates YAML as the CLI's <c>lint</c> does, against the calendars and <paramref name="knownDefinitions"/> (for
    /// <c>call</c> steps), with the calendars' coverage judged on the server's clock (WL006).
    /// </summary>
    public DefinitionLoadResult Compile(string file, byte[] yaml, IReadOnlySet<string> knownDefinitions, ScheduleRules schedules) =>
        DefinitionLoader.Load(file, yaml,
            new CompileContext(Folder.Context.Calendars, knownDefinitions) { Schedules = schedules, Coverage = Folder.CoverageAt(time.GetUtcNow()) });

    /// <summary>A version compiled earlier by this process (versions never change, so the cache never goes stale).</summary>
    public bool TryGet(string id, int version, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WorkflowDefinition? definition) =>
        compiled.TryGetValue((id, version), out definition);

    /// <summary>
    /// Keeps a form compiled elsewhere (the importer's validation) for a stored version. The language compiles a file
    /// to the same definition whatever the context, which only adds diagnostics (a Core test compares the two for
    /// every shipped file); a version already cached stays as it is.
    /// </summary>
    public void Seed(string id, int version, WorkflowDefinition definition) => compiled.TryAdd((id, version), definition);

    /// <summary>The compiled form of a stored version. Stored versions were valid when saved, so failure here is a bug.</summary>
    public WorkflowDefinition Get(string id, int version, string yaml) =>
        compiled.GetOrAdd((id, version), key =>
        {
            // Calls are resolved at run time against published versions, so they are not re-checked here; nor is the
            // schedule's cron, which the schedule sync judges and reports (a version stored before WF027 still loads).
            var result = DefinitionLoader.Load(
                $"{key.Id}@{key.Version}", Encoding.UTF8.GetBytes(yaml), new CompileContext(Folder.Context.Calendars, null) { Schedules = null });
            return result.Definition ?? throw new InvalidOperationException(
                $"Stored definition {key.Id} version {key.Version} no longer compiles: {string.Join("; ", result.Errors)}");
        });
}
