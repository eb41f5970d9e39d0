using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>A send step hands the latest documents of its <c>requires</c> types to an external party.</summary>
internal sealed class SendStepTests
{
    private const string WithActor = """
          - id: siapkan
            kind: task
            actor: analis
            produces: [lampiran]
            next: kirim
          - id: kirim
            kind: send
            actor: analis
            to: bkn
            message: usul-pertek
            requires: [usul, lampiran]
            next: selesai
          - id: selesai
            kind: end
        """;

    private const string WithoutActor = """
          - id: siapkan
            kind: task
            actor: analis
            next: kirim
          - id: kirim
            kind: send
            to: bkn
            requires: [usul]
            next: pertek
          - id: pertek
            kind: receive
            from: bkn
            next: selesai
          - id: selesai
            kind: end
        """;

    [Test]
    public void A_send_step_with_an_actor_is_a_task_for_that_role()
    {
        var scenario = new InstanceScenario(WithActor);
        scenario.Start().Ok();

        scenario.Complete("siapkan", Staff.Analis, null, "{}", scenario.Document("lampiran")).Ok();

        var open = scenario.Open("kirim");
        Assert.Multiple(() =>
        {
            Assert.That(open.WaitingFor, Is.EqualTo(WaitingFor.Actor));
            Assert.That(open.ActorRole, Is.EqualTo("analis"));
            Assert.That(open.Message, Is.EqualTo("usul-pertek"));
            Assert.That(scenario.EffectsOf<MessageDispatched>(), Is.Empty);
        });
    }

    [Test]
    public void Completing_the_send_task_dispatches_the_latest_document_of_each_required_type()
    {
        var scenario = new InstanceScenario(WithActor);
        var usul = scenario.Document("usul");
        scenario.Start(InstanceScenario.DefaultData, usul).Ok();
        scenario.Complete("siapkan", Staff.Analis, null, "{}", scenario.Document("lampiran")).Ok();
        var kirim = scenario.Open("kirim").TaskId;
        var revised = scenario.Document("lampiran");

        scenario.Complete("kirim", Staff.Analis, null, "{}", revised).Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.Effect<MessageDispatched>(), Is.EqualTo(
                new MessageDispatched(kirim, "kirim", "bkn", "usul-pertek", [usul.Id, revised.Id])).Using<MessageDispatched>(SameDispatch));
            Assert.That(scenario.State.Status, Is.EqualTo(InstanceStatus.Completed));
        });
    }

    [Test]
    public void A_send_step_without_an_actor_dispatches_on_entering_and_the_case_moves_on_at_once()
    {
        var scenario = new InstanceScenario(WithoutActor);
        var usul = scenario.Document("usul");
        scenario.Start(InstanceScenario.DefaultData, usul).Ok();

        scenario.Complete("siapkan", Staff.Analis).Ok();

        var dispatched = scenario.Effect<MessageDispatched>();
        Assert.Multiple(() =>
        {
            Assert.That((dispatched.StepId, dispatched.To, dispatched.Message), Is.EqualTo(("kirim", "bkn", "kirim")));
            Assert.That(dispatched.DocumentIds, Is.EqualTo(new[] { usul.Id }));
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "pertek" }));
            Assert.That(scenario.EffectsOf<StepOpened>().Select(e => e.Task.StepId), Is.EqualTo(new[] { "pertek" }));
            Assert.That(scenario.EffectsOf<Audited>().Select(a => a.Entry.Action), Does.Contain("message-sent"));
        });
    }

    private static bool SameDispatch(MessageDispatched a, MessageDispatched b) =>
        a with { DocumentIds = [] } == b with { DocumentIds = [] } && a.DocumentIds.SequenceEqual(b.DocumentIds);
}
