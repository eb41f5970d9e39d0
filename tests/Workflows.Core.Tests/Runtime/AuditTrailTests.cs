using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>Each accepted command writes its audit line first, holding only the values it changed.</summary>
internal sealed class AuditTrailTests
{
    private const string Steps = """
          - id: isi-formulir
            kind: task
            actor: analis
            next: pertek
          - id: pertek
            kind: receive
            from: bkn
            produces: [pertek]
            next: jeda
          - id: jeda
            kind: wait
            duration: 1 hari kerja
            next: surat
          - id: surat
            kind: call
            definition: bkpsdm-magetan.surat-keluar
            next: selesai
          - id: selesai
            kind: end
            result: granted
        """;

    private static Dictionary<string, string?> Values(params (string Key, string? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static AuditEntry FirstAudit(InstanceScenario scenario)
    {
        Assert.That(scenario.Effects, Is.Not.Empty);
        return scenario.Effects[0] is Audited audited ? audited.Entry : throw new AssertionException($"The first effect is {scenario.Effects[0]}.");
    }

    [Test]
    public void Every_accepted_command_opens_its_effects_with_an_audit_line_of_its_action()
    {
        var scenario = new InstanceScenario(Steps);
        var lines = new List<(string Action, string Actor, string? Step, DateTimeOffset At)>();
        void Record()
        {
            var entry = FirstAudit(scenario);
            lines.Add((entry.Action, entry.Actor, entry.StepId, entry.At));
        }

        scenario.Start().Ok();
        Record();
        scenario.Claim("isi-formulir", Staff.Analis).Ok();
        Record();
        scenario.Complete("isi-formulir", Staff.Analis).Ok();
        Record();
        scenario.Deliver("pertek", "{}", scenario.Document("pertek")).Ok();
        Record();
        scenario.SetClock("2025-04-15 16:00");
        scenario.Fire("jeda").Ok();
        Record();
        scenario.ChildCompleted("surat").Ok();
        Record();

        var start = InstanceScenario.StartTime;
        var fired = start.AddHours(32);
        Assert.That(lines, Is.EqualTo(new[]
        {
            ("instance-started", "pemohon-1", (string?)"isi-formulir", start),
            ("task-claimed", "analis-1", "isi-formulir", start),
            ("task-completed", "analis-1", "isi-formulir", start),
            ("message-received", "system", "pertek", start),
            ("timer-fired", "system", "jeda", fired),
            ("sub-process-completed", "system", "surat", fired),
        }));
    }

    [Test]
    public void The_start_line_holds_the_new_case_and_nothing_before_it()
    {
        var scenario = new InstanceScenario(Steps);

        scenario.Start().Ok();

        var entry = FirstAudit(scenario);
        Assert.Multiple(() =>
        {
            Assert.That(entry.After.Remove("documents.added"), Is.EquivalentTo(Values(
                ("data.nama", "Budi Santoso"), ("documents", "1"), ("open", "isi-formulir"), ("status", "running"))));
            Assert.That(entry.After["documents.added"], Does.StartWith("usul: "), "the document handed in, with its file name and id");
            Assert.That(entry.Before, Is.EquivalentTo(Values(("data.nama", null), ("documents", null), ("open", null), ("status", null))));
        });
    }

    [Test]
    public void Completing_a_task_records_only_the_data_and_open_steps_it_changed()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start().Ok();

        scenario.Complete("isi-formulir", Staff.Analis, null, """{ "semester": 5, "nama": "Budi Santoso" }""").Ok();

        var entry = FirstAudit(scenario);
        Assert.Multiple(() =>
        {
            Assert.That(entry.TaskId, Is.Not.Null);
            Assert.That(entry.Before, Is.EquivalentTo(Values(("data.semester", null), ("open", "isi-formulir"))));
            Assert.That(entry.After, Is.EquivalentTo(Values(("data.semester", "5"), ("open", "pertek"))));
        });
    }

    [Test]
    public void A_claim_records_the_assignee_before_and_after()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start().Ok();

        scenario.Claim("isi-formulir", Staff.Analis).Ok();

        var entry = FirstAudit(scenario);
        Assert.Multiple(() =>
        {
            Assert.That(entry.Before, Is.EquivalentTo(Values(("assignee", null))));
            Assert.That(entry.After, Is.EquivalentTo(Values(("assignee", "analis-1"))));
        });
    }

    [Test]
    public void The_instance_completed_line_comes_last_when_the_case_ends()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start().Ok();
        scenario.Complete("isi-formulir", Staff.Analis).Ok();
        scenario.Deliver("pertek", "{}", scenario.Document("pertek")).Ok();
        scenario.SetClock("2025-04-15 16:00");
        scenario.Fire("jeda").Ok();

        scenario.ChildCompleted("surat", null, "signed").Ok();

        var first = FirstAudit(scenario);
        Assert.Multiple(() =>
        {
            Assert.That(first.Before, Is.EquivalentTo(Values(("open", "surat"), ("result", null), ("status", "running"))));
            Assert.That(first.After, Is.EquivalentTo(Values(("open", ""), ("result", "granted"), ("status", "completed"))));
            Assert.That(scenario.Effects[^2], Is.EqualTo(new EndReached("granted", null)));
            Assert.That(scenario.Effects[^1], Is.TypeOf<Audited>());
            Assert.That(((Audited)scenario.Effects[^1]).Entry.Action, Is.EqualTo("instance-completed"));
        });
    }

    [Test]
    public void Cancelling_records_the_status_and_the_steps_it_closed()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start().Ok();

        scenario.Cancel("Berkas ditarik", Staff.Kabid).Ok();

        var entry = FirstAudit(scenario);
        Assert.Multiple(() =>
        {
            Assert.That(entry.Action, Is.EqualTo("instance-cancelled"));
            Assert.That(entry.Actor, Is.EqualTo("kabid-1"));
            Assert.That(entry.Before, Is.EquivalentTo(Values(("open", "isi-formulir"), ("status", "running"))));
            Assert.That(entry.After, Is.EquivalentTo(Values(("open", ""), ("status", "cancelled"))));
        });
    }
}
