using System.Text;
using Workflows.Core.Definitions;
using Workflows.Core.Diagnostics;

namespace Workflows.Core.Tests.Definitions;

/// <summary>The keys deadlines, scheduling and the seed tests rely on: examples, product document, escalate_to, pause_when_away, schedule.</summary>
public sealed class DeadlineLanguageTests
{
    private const string Steps = "  - { id: a, kind: task, actor: analis, pause_when_away: true, produces: [sk], next: selesai }\n  - { id: selesai, kind: end }\n";

    [Test]
    public void Examples_standard_document_escalation_role_pause_and_schedule_compile()
    {
        var yaml = DefinitionText.Header
            .Replace("  requirements: [usul]", "  document: sk\n  escalate_to: kabid", StringComparison.Ordinal)
            .Replace("semester: int", "semester: { type: int, min: 5, example: 7 }", StringComparison.Ordinal)
            .Replace("agency: bkpsdm-magetan\n", "agency: bkpsdm-magetan\nschedule: { cron: \"0 0 8 2 1 ?\", data: { semester: 6, prodi: sipil } }\n", StringComparison.Ordinal);
        var result = Load(yaml + Steps);

        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
        var definition = result.Definition!;
        Assert.That(definition.ServiceStandard!.Document, Is.EqualTo("sk"));
        Assert.That(definition.ServiceStandard.EscalateTo, Is.EqualTo("kabid"));
        Assert.That(definition.Step("a").PauseWhenAway, Is.True);
        Assert.That(definition.Data.Single(f => f.Name == "semester").Example!.Value.GetInt64(), Is.EqualTo(7));
        Assert.That(definition.Schedule, Is.Not.Null);
        Assert.That((definition.Schedule!.Cron, definition.Schedule.TimeZone), Is.EqualTo(("0 0 8 2 1 ?", "Asia/Jakarta")));
        Assert.That(definition.Schedule.Data["prodi"].GetString(), Is.EqualTo("sipil"));
    }

    [Test]
    public void Inspect_json_shows_the_schedule_the_examples_the_product_the_head_and_pausing_steps()
    {
        var yaml = DefinitionText.Header
            .Replace("  requirements: [usul]", "  document: sk\n  escalate_to: kabid", StringComparison.Ordinal)
            .Replace("semester: int", "semester: { type: int, example: 7 }", StringComparison.Ordinal)
            .Replace("agency: bkpsdm-magetan\n", "agency: bkpsdm-magetan\nschedule: { cron: \"0 0 8 2 1 ?\", data: { semester: 6 } }\n", StringComparison.Ordinal);
        var definition = Load(yaml + Steps).Definition!;
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            Workflows.Core.Definitions.Json.DefinitionJsonWriter.Write(writer, definition);
        }

        using var json = System.Text.Json.JsonDocument.Parse(buffer.ToArray());
        var root = json.RootElement;
        Assert.That(root.GetProperty("schedule").GetProperty("cron").GetString(), Is.EqualTo("0 0 8 2 1 ?"));
        Assert.That(root.GetProperty("schedule").GetProperty("data").GetProperty("semester").GetInt32(), Is.EqualTo(6));
        Assert.That(root.GetProperty("serviceStandard").GetProperty("document").GetString(), Is.EqualTo("sk"));
        Assert.That(root.GetProperty("serviceStandard").GetProperty("escalateTo").GetString(), Is.EqualTo("kabid"));
        Assert.That(root.GetProperty("data")[0].GetProperty("example").GetInt32(), Is.EqualTo(7));
        Assert.That(root.GetProperty("steps")[0].GetProperty("pauseWhenAway").GetBoolean(), Is.True);
    }

    [TestCase("semester: { type: int, min: 5, example: 3 }", DiagnosticCodes.WrongType, "example of data field 'semester' must be at least 5")]
    [TestCase("semester: { type: int, example: lima }", DiagnosticCodes.WrongType, "example of data field 'semester' must be a number, not 'lima'")]
    [TestCase("prodi: { type: enum, values: [sipil, arsitektur], example: hukum }", DiagnosticCodes.WrongType, "'hukum' is not one of sipil, arsitektur")]
    [TestCase("tanggal_selesai: { type: date, example: 31-01-2025 }", DiagnosticCodes.WrongType, "must be a date written yyyy-MM-dd")]
    public void Reports_examples_that_do_not_fit_their_field(string field, string code, string message)
    {
        var name = field[..field.IndexOf(':', StringComparison.Ordinal)];
        var yaml = string.Join('\n', DefinitionText.Header.Split('\n').Select(l => l.TrimStart().StartsWith(name + ":", StringComparison.Ordinal) ? "  " + field : l));
        AssertReports(yaml + Steps, code, message);
    }

    [TestCase("  document: tidak-ada\n", DiagnosticCodes.UndeclaredDocument, "service standard document 'tidak-ada' is not a declared document")]
    [TestCase("  escalate_to: bupati\n", DiagnosticCodes.UndeclaredActor, "service standard escalate_to 'bupati' is not a declared role")]
    public void Reports_undeclared_product_documents_and_heads(string line, string code, string message) =>
        AssertReports(DefinitionText.Header.Replace("  requirements: [usul]\n", "  requirements: [usul]\n" + line, StringComparison.Ordinal) + Steps, code, message);

    [TestCase("{ cron: \"0 0 8\" }", "must have 6 or 7 fields")]
    [TestCase("{ cron: \"0 0 8 2 1 ?\", time_zone: Mars/Olympus }", "time_zone 'Mars/Olympus' is not a known time zone")]
    [TestCase("{ cron: \"0 0 8 2 1 ?\", data: { semester: 2, ipk: 3 } }", "schedule data 'ipk' is not a declared data field")]
    [TestCase("{ cron: \"0 0 8 2 1 ?\" }", "cannot have service standard requirements")]
    public void Reports_bad_schedules(string schedule, string message)
    {
        var yaml = DefinitionText.Header.Replace("agency: bkpsdm-magetan\n", $"agency: bkpsdm-magetan\nschedule: {schedule}\n", StringComparison.Ordinal);
        var errors = Load(yaml + Steps).Errors;
        Assert.That(errors.Select(e => e.Message), Has.Some.Contains(message), string.Join("\n", errors));
    }

    [Test]
    public void Pause_when_away_does_not_apply_to_a_wait()
    {
        var steps = "  - { id: a, kind: wait, duration: 2 hari, pause_when_away: true, next: selesai }\n  - { id: selesai, kind: end }\n";
        AssertReports(DefinitionText.Header + steps, DiagnosticCodes.StepShape, "'pause_when_away' does not apply to wait step 'a'");
    }

    private static DefinitionLoadResult Load(string yaml) => DefinitionLoader.Load("contoh.yaml", Encoding.UTF8.GetBytes(yaml), DefinitionText.Context);

    private static void AssertReports(string yaml, string code, string message)
    {
        var errors = Load(yaml).Errors.ToList();
        Assert.That(errors.Select(e => (e.Code, Fits: e.Message.Contains(message, StringComparison.Ordinal))), Does.Contain((code, true)), string.Join("\n", errors));
    }
}
