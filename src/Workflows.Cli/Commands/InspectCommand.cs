using System.Text.Encodings.Web;
using System.Text.Json;
using Workflows.Core.Calendars;
using Workflows.Core.Definitions;
using Workflows.Core.Definitions.Json;
using Workflows.Core.Diagnostics;
using Workflows.Core.Time;

namespace Workflows.Cli.Commands;

/// <summary><c>inspect FILE [--json]</c>: the compiled definition, or its errors.</summary>
public sealed class InspectCommand(TextWriter stdout, TextWriter stderr)
{
    public int Run(CommandLine line)
    {
        line.Allow("json");
        if (line.Positional.Count != 1)
        {
            throw new UsageException("inspect takes exactly one file");
        }

        var file = line.Positional[0];
        if (!File.Exists(file))
        {
            stderr.WriteLine($"{file}: no such file");
            return CliApp.Invalid;
        }

        var folder = WorkflowsFolder.Open(WorkflowFiles.FindRoot(file));
        var result = folder.LoadDefinition(file);
        if (result.Definition is not { } definition)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine(error);
            }

            return CliApp.Invalid;
        }

        if (line.Flag("json"))
        {
            WriteJson(definition);
        }
        else
        {
            WriteText(definition, folder.Calendars.Calendars.GetValueOrDefault(definition.Calendar)?.Coverage);
        }

        return CliApp.Ok;
    }

    private void WriteJson(WorkflowDefinition definition)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            DefinitionJsonWriter.Write(json, definition);
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private void WriteText(WorkflowDefinition d, CalendarCoverage? coverage)
    {
        stdout.WriteLine($"{d.Id}: {d.Title}");
        stdout.WriteLine($"  agency {d.Agency}, calendar {d.Calendar}, source {d.Source.Number}");
        if (coverage is not null)
        {
            // Due times counted past it are provisional: worth seeing next to the step durations below.
            stdout.WriteLine($"  calendar {d.Calendar} lists holidays for {coverage}");
        }

        stdout.WriteLine($"  service standard: {d.ServiceStandard?.Total.Text ?? "none"}");
        foreach (var step in d.Steps)
        {
            var who = step.Actor ?? step.Counterparty ?? "-";
            var duration = step.Duration.HasStandard ? step.Duration.ToString() : "-";
            var onward = step.Kind == StepKind.End ? "" : $" → {string.Join(", ", step.Targets)}";
            stdout.WriteLine($"  {step.Id,-28} {step.Kind.Name(),-9} {who,-24} {duration}{onward}");
        }
    }
}
