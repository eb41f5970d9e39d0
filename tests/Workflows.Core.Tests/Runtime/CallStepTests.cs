using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>A call step starts a sub-process and waits for it; the child's documents come back as far as the parent declares them.</summary>
internal sealed class CallStepTests
{
    private const string Steps = """
          - id: siapkan
            kind: task
            actor: analis
            produces: [lampiran]
            next: surat
          - id: surat
            kind: call
            actor: analis
            definition: bkpsdm-magetan.surat-keluar
            requires: [lampiran]
            produces: [sk]
            next: serahkan
          - id: serahkan
            kind: task
            actor: analis
            requires: [sk]
            next: selesai
          - id: selesai
            kind: end
        """;

    private static InstanceScenario Calling(string steps = Steps)
    {
        var scenario = new InstanceScenario(steps);
        scenario.Start().Ok();
        scenario.Complete("siapkan", Staff.Analis, null, """{ "semester": 7 }""", scenario.Document("lampiran")).Ok();
        return scenario;
    }

    private static DocumentRecord Record(InstanceScenario scenario, string type, int number) =>
        new(Guid.Parse($"c41d0000-0000-0000-0000-{number:D12}"), type, $"{type}.pdf", "application/pdf", 2_048, new string('b', 64), "tanda-tangan", null, "kabid-9", scenario.Now);

    [Test]
    public void Entering_a_call_requests_a_sub_process_with_the_cases_key_data_and_required_documents()
    {
        var scenario = Calling();

        var open = scenario.Open("surat");
        var requested = scenario.Effect<SubProcessRequested>();
        Assert.Multiple(() =>
        {
            Assert.That(open.WaitingFor, Is.EqualTo(WaitingFor.SubProcess));
            Assert.That(requested.ChildInstanceId, Is.EqualTo(open.ChildInstanceId).And.Not.EqualTo(InstanceScenario.InstanceId));
            Assert.That(requested.Parent, Is.EqualTo(new ParentLink(InstanceScenario.InstanceId, open.TaskId)));
            Assert.That(requested.DefinitionId, Is.EqualTo("bkpsdm-magetan.surat-keluar"));
            Assert.That(requested.BusinessKey, Is.EqualTo(scenario.State.BusinessKey));
            Assert.That(requested.Data, Is.EqualTo(scenario.State.Data));
            Assert.That(requested.Documents.Select(d => d.Type), Is.EqualTo(new[] { "lampiran" }));
        });
    }

    [Test]
    public void A_call_without_requires_hands_every_document_to_the_sub_process()
    {
        var scenario = Calling(Steps.Replace("    requires: [lampiran]\n", "", StringComparison.Ordinal));

        Assert.That(scenario.Effect<SubProcessRequested>().Documents, Is.EqualTo(scenario.State.Documents));
    }

    [Test]
    public void A_sub_process_that_is_not_the_call_steps_child_is_a_mismatch()
    {
        var scenario = Calling();

        scenario.ChildCompleted("surat", child: Guid.Parse("99999999-0000-0000-0000-000000000000")).RefusedWith(RejectionCode.SubProcessMismatch);

        Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "surat" }));
    }

    [Test]
    public void The_childs_documents_of_declared_types_come_back_and_the_case_moves_on()
    {
        var scenario = Calling();
        var surat = scenario.Open("surat");
        var lampiran = scenario.State.Documents.Single(d => d.Type == "lampiran");
        var sk = Record(scenario, "sk", 1);
        var memo = Record(scenario, "memo", 2);

        scenario.ChildCompleted("surat", null, "signed", sk, lampiran, memo).Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.State.Documents.Select(d => d.Type), Is.EqualTo(new[] { "usul", "lampiran", "sk" }));
            Assert.That(scenario.State.Documents.Last(), Is.EqualTo(sk));
            Assert.That(scenario.Effect<DocumentRecorded>().Document, Is.EqualTo(sk));
            Assert.That(scenario.Effect<StepClosed>(), Is.EqualTo(new StepClosed(surat.TaskId, "surat", TaskCloseReason.Completed, "signed", "system")));
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "serahkan" }));
        });
    }

    [Test]
    public void A_document_the_child_lists_twice_is_recorded_once()
    {
        var scenario = Calling();
        var sk = Record(scenario, "sk", 1);

        scenario.ChildCompleted("surat", null, null, sk, sk).Ok();

        Assert.That(scenario.State.Documents.Count(d => d.Id == sk.Id), Is.EqualTo(1));
    }
}
