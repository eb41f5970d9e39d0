using Workflows.Core.Calendars;
using Workflows.Core.Definitions;
using Workflows.Core.Definitions.Validation;
using Workflows.Core.Diagnostics;

namespace Workflows.Cli.Commands;

/// <summary><c>validate</c> and <c>lint</c>: every definition and calendar under the given paths, all problems at once.</summary>
public sealed class ValidateCommand(TextWriter stdout, TextWriter stderr, bool includeWarnings, TimeProvider time)
{
    private readonly Dictionary<string, WorkflowsFolder> folders = new(StringComparer.Ordinal);

    public int Run(CommandLine line)
    {
        line.Allow();
        if (line.Positional.Count == 0)
        {
            throw new UsageException("give at least one file or folder");
        }

        var missing = new List<string>();
        var files = WorkflowFiles.Expand(line.Positional, missing);
        foreach (var path in missing)
        {
            stderr.WriteLine($"{path}: no such file or folder");
        }

        // A schedule must fire again from now on, and at most once an hour (the server's default minimum).
        var now = time.GetUtcNow();
        var schedules = new ScheduleRules(ScheduleRules.DefaultMinimumInterval, now);
        var diagnostics = new List<Diagnostic>();
        var definitionFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var folder = FolderOf(file);
            if (WorkflowFiles.IsCalendarFile(file))
            {
                var full = Path.GetFullPath(file);
                diagnostics.AddRange(folder.Calendars.Diagnostics
                    .Where(d => Path.GetFullPath(d.File) == full)
                    .Select(d => d with { File = file }));
                continue;
            }

            var result = DefinitionLoader.Load(file, File.ReadAllBytes(file), folder.Context with { Schedules = schedules, Coverage = folder.CoverageAt(now) });
            diagnostics.AddRange(result.Diagnostics);
            if (result.Definition is { } definition && !definitionFiles.TryAdd(definition.Id, file))
            {
                var at = DefinitionLoader.PeekLocatedId(File.ReadAllBytes(file))?.Position ?? SourcePosition.Start;
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.DuplicateId,
                    $"definition id '{definition.Id}' is already used by {definitionFiles[definition.Id]}", file, at));
            }
        }

        var shown = diagnostics.Where(d => includeWarnings || d.Severity == Severity.Error).ToList();
        foreach (var diagnostic in shown)
        {
            stdout.WriteLine(diagnostic);
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        stderr.WriteLine($"{files.Count} file(s) checked: {errors} error(s)" + (includeWarnings ? $", {warnings} warning(s)" : ""));
        return errors > 0 || missing.Count > 0 || files.Count == 0 ? CliApp.Invalid : CliApp.Ok;
    }

    private WorkflowsFolder FolderOf(string file)
    {
        var root = WorkflowFiles.FindRoot(file);
        var key = root ?? "";
        if (!folders.TryGetValue(key, out var folder))
        {
            folders[key] = folder = WorkflowsFolder.Open(root);
        }

        return folder;
    }
}
