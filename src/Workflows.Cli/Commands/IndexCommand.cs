using Workflows.Core.Calendars;
using Workflows.Core.Definitions;
using Workflows.Core.Diagnostics;

namespace Workflows.Cli.Commands;

/// <summary>
/// <c>index</c>: the Markdown index of a workflows folder — every definition with its title, agency, source, number of
/// steps and service standard total — and the definitions whose step durations add up to more than that total (WL001).
/// <c>workflows/README.md</c> carries this output; a test keeps the two equal.
/// </summary>
public sealed class IndexCommand(TextWriter stdout, TextWriter stderr)
{
    public int Run(CommandLine line)
    {
        line.Allow();
        if (line.Positional.Count != 1 || !Directory.Exists(line.Positional[0]))
        {
            throw new UsageException("give one workflows folder");
        }

        var root = line.Positional[0];
        var folder = WorkflowsFolder.Open(root);
        var loaded = WorkflowFiles.Expand([root], [])
            .Where(f => !WorkflowFiles.IsCalendarFile(f))
            .Select(f => (File: f, Result: folder.LoadDefinition(f)))
            .ToList();
        foreach (var error in loaded.SelectMany(l => l.Result.Errors))
        {
            stderr.WriteLine(error);
        }

        var definitions = loaded.Where(l => l.Result.Definition is not null).OrderBy(l => l.Result.Definition!.Id, StringComparer.Ordinal).ToList();
        stdout.WriteLine($"{definitions.Count} definitions.");
        stdout.WriteLine();
        stdout.WriteLine("| id | title | agency | source | steps | service standard total |");
        stdout.WriteLine("| --- | --- | --- | --- | ---: | --- |");
        foreach (var (file, result) in definitions)
        {
            var d = result.Definition!;
            var steps = d.Steps.Count(s => s.Kind != StepKind.End);
            var source = string.Join(", ", new[] { d.Source.Number, d.Source.Effective is { } e ? $"effective {e}" : null, d.Source.Document }.OfType<string>());
            var link = Path.GetRelativePath(root, file).Replace('\\', '/');
            stdout.WriteLine($"| [`{d.Id}`]({link}) | {Cell(d.Title)} | {d.Agency} | {Cell(source)} | {steps} | {Cell(d.ServiceStandard?.Total.Text ?? "—")} |");
        }

        stdout.WriteLine();
        var over = definitions
            .SelectMany(l => l.Result.Diagnostics.Where(w => w.Code == DiagnosticCodes.LongestPathExceedsTotal).Select(w => (l.Result.Definition!.Id, w.Message)))
            .ToList();
        stdout.WriteLine($"Durations adding up to more than the service standard total (lint WL001, kept as the sources write them): {over.Count}.");
        stdout.WriteLine();
        foreach (var (id, message) in over)
        {
            stdout.WriteLine($"- `{id}`: {message}");
        }

        return loaded.Any(l => l.Result.Definition is null) ? CliApp.Invalid : CliApp.Ok;
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
