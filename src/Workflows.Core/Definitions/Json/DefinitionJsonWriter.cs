using System.Text.Json;
using Workflows.Core.Time;

namespace Workflows.Core.Definitions.Json;

/// <summary>
/// The compiled definition as JSON (what <c>workflows inspect --json</c> prints and the server returns):
/// camelCase keys, steps in file order, durations as <c>{ text, min, max }</c>.
/// </summary>
public static class DefinitionJsonWriter
{
    public static void Write(Utf8JsonWriter json, WorkflowDefinition d)
    {
        json.WriteStartObject();
        json.WriteString("id", d.Id);
        json.WriteString("title", d.Title);
        json.WriteString("agency", d.Agency);
        json.WriteString("calendar", d.Calendar);
        WriteSource(json, d.Source);
        WriteServiceStandard(json, d.ServiceStandard);
        json.WriteStartArray("roles");
        foreach (var role in d.Roles)
        {
            json.WriteStartObject();
            json.WriteString("id", role.Id);
            json.WriteString("title", role.Title);
            json.WriteBoolean("external", role.External);
            json.WriteString("supervisor", role.Supervisor);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("documents");
        foreach (var document in d.Documents)
        {
            json.WriteStartObject();
            json.WriteString("id", document.Id);
            json.WriteString("title", document.Title);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteData(json, d.Data);
        json.WriteStartArray("steps");
        foreach (var step in d.Steps)
        {
            StepJsonWriter.Write(json, step);
        }

        json.WriteEndArray();
        WriteSchedule(json, d.Schedule);
        json.WriteEndObject();
    }

    private static void WriteSchedule(Utf8JsonWriter json, Schedule? schedule)
    {
        if (schedule is null)
        {
            json.WriteNull("schedule");
            return;
        }

        json.WriteStartObject("schedule");
        json.WriteString("cron", schedule.Cron);
        json.WriteString("timeZone", schedule.TimeZone);
        json.WriteStartObject("data");
        foreach (var (name, value) in schedule.Data.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(name);
            value.WriteTo(json);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void WriteDuration(Utf8JsonWriter json, string name, MutuBaku duration)
    {
        if (!duration.HasStandard)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("text", duration.Text);
        WriteAmount(json, "min", duration.Min);
        WriteAmount(json, "max", duration.Max);
        json.WriteEndObject();
    }

    internal static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteAmount(Utf8JsonWriter json, string name, DurationAmount? amount)
    {
        if (amount is not { } a)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("amount", a.Amount);
        json.WriteString("unit", a.Unit.ToJsonName());
        json.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter json, SourceInfo s)
    {
        json.WriteStartObject("source");
        json.WriteString("number", s.Number);
        json.WriteString("title", s.Title);
        json.WriteString("created", s.Created);
        json.WriteString("revision", s.Revision);
        json.WriteString("effective", s.Effective);
        json.WriteString("decree", s.Decree);
        json.WriteString("document", s.Document);
        json.WriteString("notes", s.Notes);
        json.WriteEndObject();
    }

    private static void WriteServiceStandard(Utf8JsonWriter json, ServiceStandard? standard)
    {
        if (standard is null)
        {
            json.WriteNull("serviceStandard");
            return;
        }

        json.WriteStartObject("serviceStandard");
        WriteDuration(json, "total", standard.Total);
        json.WriteString("product", standard.Product);
        WriteStrings(json, "requirements", standard.Requirements);
        json.WriteString("fee", standard.Fee);
        json.WriteString("document", standard.Document);
        json.WriteString("escalateTo", standard.EscalateTo);
        json.WriteEndObject();
    }

    private static void WriteData(Utf8JsonWriter json, IEnumerable<DataField> fields)
    {
        json.WriteStartArray("data");
        foreach (var f in fields)
        {
            json.WriteStartObject();
            json.WriteString("name", f.Name);
            json.WriteString("type", f.Type.Name());
            json.WriteString("title", f.Title);
            json.WriteBoolean("required", f.Required);
            json.WriteString("min", f.Min);
            json.WriteString("max", f.Max);
            WriteStrings(json, "values", f.Values);
            if (f.Example is { } example)
            {
                json.WritePropertyName("example");
                example.WriteTo(json);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
