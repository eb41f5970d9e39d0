using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>Automatic steps that keep leading to each other are refused instead of running for ever.</summary>
internal sealed class RunawayLoopTests
{
    private const string SendToItself = """
          - id: siapkan
            kind: task
            actor: analis
            next: kirim
          - id: kirim
            kind: send
            to: bkn
            next:
              - { to: kirim, when: "mendesak == true" }
              - { to: selesai }
          - id: selesai
            kind: end
        """;

    private const string SendsToEachOther = """
          - id: kirim-bkn
            kind: send
            to: bkn
            next: kirim-ulang
          - id: kirim-ulang
            kind: send
            to: bkn
            next:
              - { to: kirim-bkn, when: "mendesak == true" }
              - { to: selesai }
          - id: selesai
            kind: end
        """;

    [Test]
    public void A_send_that_leads_back_to_itself_is_refused_as_a_runaway_loop()
    {
        var scenario = new InstanceScenario(SendToItself);
        scenario.Start().Ok();

        var rejection = scenario.Complete("siapkan", Staff.Analis, null, """{ "mendesak": true }""").RefusedWith(RejectionCode.RunawayLoop);

        Assert.Multiple(() =>
        {
            Assert.That(rejection.Message, Does.Contain("'kirim'"));
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "siapkan" }));
        });
    }

    [Test]
    public void The_same_send_passes_once_when_its_loop_condition_does_not_hold()
    {
        var scenario = new InstanceScenario(SendToItself);
        scenario.Start().Ok();

        scenario.Complete("siapkan", Staff.Analis, null, """{ "mendesak": false }""").Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.EffectsOf<MessageDispatched>().Count(), Is.EqualTo(1));
            Assert.That(scenario.State.Status, Is.EqualTo(InstanceStatus.Completed));
        });
    }

    [Test]
    public void Two_sends_leading_to_each_other_refuse_the_start()
    {
        var scenario = new InstanceScenario(SendsToEachOther);

        scenario.Start("""{ "nama": "Budi", "mendesak": true }""", scenario.Document("usul")).RefusedWith(RejectionCode.RunawayLoop);
    }
}
