using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>A receive step waits for a named message from an external party, with the documents the step produces.</summary>
internal sealed class ReceiveStepTests
{
    private const string Steps = """
          - id: usulkan
            kind: task
            actor: analis
            next: pertek
          - id: pertek
            kind: receive
            from: bkn
            actor: analis
            produces: [pertek]
            duration: 3 hari kerja
            next: telaah
          - id: telaah
            kind: task
            actor: kabid
            requires: [pertek]
            next: selesai
          - id: selesai
            kind: end
        """;

    private static InstanceScenario WaitingForPertek(string steps = Steps)
    {
        var scenario = new InstanceScenario(steps);
        scenario.Start().Ok();
        scenario.Complete("usulkan", Staff.Analis).Ok();
        return scenario;
    }

    [Test]
    public void The_message_a_receive_step_waits_for_is_named_after_the_step_by_default()
    {
        var scenario = WaitingForPertek();

        var open = scenario.Open("pertek");
        Assert.Multiple(() =>
        {
            Assert.That(open.WaitingFor, Is.EqualTo(WaitingFor.Message));
            Assert.That(open.Message, Is.EqualTo("pertek"));
            Assert.That(open.ActorRole, Is.EqualTo("analis"));
            Assert.That(scenario.Effect<DeadlineSet>().Due, Is.EqualTo(open.Due).And.Not.Null);
        });
    }

    [Test]
    public void The_expected_message_closes_the_step_records_its_documents_and_data_and_moves_on()
    {
        var scenario = WaitingForPertek();
        var open = scenario.Open("pertek");
        var pertek = scenario.Document("pertek");

        scenario.Deliver("pertek", """{ "tanggal_selesai": "2025-06-30" }""", pertek).Ok();

        var recorded = scenario.State.Documents.Single(d => d.Id == pertek.Id);
        Assert.Multiple(() =>
        {
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "telaah" }));
            Assert.That(scenario.Effect<StepClosed>(), Is.EqualTo(new StepClosed(open.TaskId, "pertek", TaskCloseReason.Completed, null, "system")));
            Assert.That(scenario.Value("tanggal_selesai"), Is.EqualTo(new DateOnly(2025, 6, 30)));
            Assert.That((recorded.Type, recorded.StepId, recorded.TaskId, recorded.AddedAt), Is.EqualTo(("pertek", "pertek", (Guid?)open.TaskId, scenario.Now)));
            Assert.That(scenario.Effect<DocumentRecorded>().Document, Is.EqualTo(recorded));
        });
    }

    [Test]
    public void A_message_the_case_does_not_wait_for_is_not_expected()
    {
        var scenario = WaitingForPertek();

        var rejection = scenario.Deliver("sk", "{}", scenario.Document("pertek")).RefusedWith(RejectionCode.MessageNotExpected);

        Assert.Multiple(() =>
        {
            Assert.That(rejection.Message, Does.Contain("'pertek'"));
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "pertek" }));
        });
    }

    [Test]
    public void A_message_before_the_receive_step_is_entered_is_not_expected()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start().Ok();

        scenario.Deliver("pertek", "{}", scenario.Document("pertek")).RefusedWith(RejectionCode.MessageNotExpected);
    }

    [Test]
    public void A_message_without_the_documents_the_step_produces_is_refused()
    {
        var scenario = WaitingForPertek();

        var rejection = scenario.Deliver("pertek").RefusedWith(RejectionCode.MissingProducedDocuments);

        Assert.That(rejection.Details, Has.Exactly(1).StartsWith("documents: pertek"));
    }

    [Test]
    public void A_named_message_is_expected_under_its_name_not_the_step_id()
    {
        var scenario = WaitingForPertek(Steps.Replace("    actor: analis\n    produces", "    actor: analis\n    message: pertek-bkn\n    produces", StringComparison.Ordinal));

        scenario.Deliver("pertek", "{}", scenario.Document("pertek")).RefusedWith(RejectionCode.MessageNotExpected);
        scenario.Deliver("pertek-bkn", "{}", scenario.Document("pertek")).Ok();

        Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "telaah" }));
    }

    [Test]
    public void A_person_recording_the_message_must_hold_the_steps_actor_role()
    {
        var scenario = WaitingForPertek();

        scenario.DeliverAs(Staff.Kabid, "pertek", "{}", scenario.Document("pertek")).RefusedWith(RejectionCode.NotActorRole);
        scenario.DeliverAs(Staff.Analis, "pertek", "{}", scenario.Document("pertek")).Ok();

        Assert.That(scenario.State.Documents.Last().AddedBy, Is.EqualTo("analis-1"));
    }
}
