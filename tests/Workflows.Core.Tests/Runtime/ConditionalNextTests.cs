using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>
/// A conditional <c>next</c> takes the first entry whose <c>when</c> holds. Ordering comparisons with a field that has
/// no value are false (Condition.Evaluate), so they fall through; only a field needed as true/false itself cannot be read.
/// </summary>
internal sealed class ConditionalNextTests
{
    private const string WithDefault = """
          - id: telaah
            kind: task
            actor: analis
            next:
              - { to: percepatan, when: "mendesak" }
              - { to: lanjut, when: "semester >= 5" }
              - { to: biasa }
          - id: percepatan
            kind: task
            actor: kabid
            next: selesai
          - id: lanjut
            kind: task
            actor: kabid
            next: selesai
          - id: biasa
            kind: task
            actor: kabid
            next: selesai
          - id: selesai
            kind: end
        """;

    private const string WithoutDefault = """
          - id: telaah
            kind: task
            actor: analis
            next:
              - { to: lanjut, when: "semester >= 5" }
              - { to: tolak, when: "semester < 3" }
          - id: lanjut
            kind: task
            actor: kabid
            next: selesai
          - id: tolak
            kind: end
            result: rejected
          - id: selesai
            kind: end
            result: granted
        """;

    private static InstanceScenario Started(string steps)
    {
        var scenario = new InstanceScenario(steps);
        scenario.Start().Ok();
        return scenario;
    }

    [TestCase("""{ "mendesak": true, "semester": 6 }""", "percepatan")]
    [TestCase("""{ "mendesak": false, "semester": 6 }""", "lanjut")]
    [TestCase("""{ "mendesak": false, "semester": 4 }""", "biasa")]
    public void The_first_entry_whose_condition_holds_is_taken(string data, string expected)
    {
        var scenario = Started(WithDefault);

        scenario.Complete("telaah", Staff.Analis, null, data).Ok();

        Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void An_ordering_comparison_with_an_empty_field_does_not_hold_so_the_default_is_taken()
    {
        var scenario = Started(WithDefault);

        scenario.Complete("telaah", Staff.Analis, null, """{ "mendesak": false }""").Ok();

        Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "biasa" }));
    }

    [Test]
    public void A_true_false_field_without_a_value_cannot_decide_the_way_on()
    {
        var scenario = Started(WithDefault);

        var rejection = scenario.Complete("telaah", Staff.Analis, null, """{ "semester": 6 }""").RefusedWith(RejectionCode.ConditionFailed);

        Assert.Multiple(() =>
        {
            Assert.That(rejection.Details, Has.Exactly(1).StartsWith("data.mendesak:"));
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "telaah" }));
        });
    }

    [Test]
    public void Without_a_default_the_case_cannot_move_on_when_no_condition_holds()
    {
        var scenario = Started(WithoutDefault);

        var rejection = scenario.Complete("telaah", Staff.Analis, null, """{ "semester": 4 }""").RefusedWith(RejectionCode.NoTransition);

        Assert.Multiple(() =>
        {
            Assert.That(rejection.Message, Does.Contain("telaah"));
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "telaah" }));
            Assert.That(scenario.Value("semester"), Is.Null);
        });
    }

    [Test]
    public void Without_a_default_an_empty_compared_field_leaves_no_way_on()
    {
        var scenario = Started(WithoutDefault);

        scenario.Complete("telaah", Staff.Analis).RefusedWith(RejectionCode.NoTransition);
    }

    [TestCase(6, "lanjut", InstanceStatus.Running)]
    [TestCase(2, "", InstanceStatus.Completed)]
    public void A_later_entry_is_taken_when_an_earlier_one_does_not_hold(int semester, string open, InstanceStatus status)
    {
        var scenario = Started(WithoutDefault);

        scenario.Complete("telaah", Staff.Analis, null, $$"""{ "semester": {{semester}} }""").Ok();

        Assert.Multiple(() =>
        {
            Assert.That(string.Join(",", scenario.OpenStepIds), Is.EqualTo(open));
            Assert.That(scenario.State.Status, Is.EqualTo(status));
        });
    }
}
