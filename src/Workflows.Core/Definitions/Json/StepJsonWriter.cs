using System.Text.Json;

namespace Workflows.Core.Definitions.Json;

/// <summary>One step as JSON; kind-specific keys appear only for the kinds they belong to.</summary>
internal static class StepJsonWriter
{
    public static void Write(Utf8JsonWriter json, WorkflowStep step)
    {
        json.WriteStartObject();
        json.WriteString("id", step.Id);
        json.WriteString("title", step.Title);
        json.WriteString("kind", step.Kind.Name());
        json.WriteString("actor", step.Actor);
        DefinitionJsonWriter.WriteStrings(json, "requires", step.Requires);
        DefinitionJsonWriter.WriteStrings(json, "produces", step.Produces);
        DefinitionJsonWriter.WriteDuration(json, "duration", step.Duration);
        json.WriteString("note", step.Note);
        Action<Utf8JsonWriter, WorkflowStep> writeWhereItLeads = step.Kind switch
        {
            StepKind.Decision => WriteOutcomes,
            StepKind.Parallel => WriteBranches,
            StepKind.End => WriteResult,
            StepKind.Task or StepKind.Receive or StepKind.Send or StepKind.Wait or StepKind.Call => WriteNext,
        };
        writeWhereItLeads(json, step);

        WriteIfSet(json, step.Kind == StepKind.Receive ? "from" : "to", step.Counterparty);
        WriteIfSet(json, "message", step.Message);
        WriteIfSet(json, "until", step.UntilField);
        WriteIfSet(json, "definition", step.CalledDefinition);
        if (step.PauseWhenAway)
        {
            json.WriteBoolean("pauseWhenAway", true);
        }

        json.WriteEndObject();
    }

    private static void WriteBranches(Utf8JsonWriter json, WorkflowStep step)
    {
        DefinitionJsonWriter.WriteStrings(json, "branches", step.Branches);
        json.WriteString("join", step.Join);
    }

    private static void WriteResult(Utf8JsonWriter json, WorkflowStep step) => json.WriteString("result", step.Result);

    private static void WriteNext(Utf8JsonWriter json, WorkflowStep step)
    {
        json.WriteStartArray("next");
        foreach (var transition in step.Next)
        {
            json.WriteStartObject();
            json.WriteString("to", transition.Target);
            json.WriteString("when", transition.When?.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOutcomes(Utf8JsonWriter json, WorkflowStep step)
    {
        json.WriteStartArray("outcomes");
        foreach (var outcome in step.Outcomes)
        {
            json.WriteStartObject();
            json.WriteString("name", outcome.Name);
            json.WriteString("title", outcome.Title);
            json.WriteString("next", outcome.Target);
            json.WriteString("when", outcome.When?.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteIfSet(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
