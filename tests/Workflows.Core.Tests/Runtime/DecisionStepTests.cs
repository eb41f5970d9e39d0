using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>At a decision the actor picks one of its outcomes, as far as the outcome's <c>when</c> allows.</summary>
internal sealed class DecisionStepTests
{
    private const string Steps = """
          - id: isi-formulir
            kind: task
            actor: analis
            next: periksa
          - id: periksa
            kind: decision
            actor: kabid
            outcomes:
              lengkap: { title: Berkas lengkap, next: selesai, when: "semester >= 5" }
              kurang: isi-formulir
          - id: selesai
            kind: end
            result: granted
        """;

    private static InstanceScenario AtPeriksa(string startData = InstanceScenario.DefaultData)
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start(startData, scenario.Document("usul")).Ok();
        scenario.Complete("isi-formulir", Staff.Analis).Ok();
        return scenario;
    }

    [Test]
    public void A_decision_cannot_be_completed_without_an_outcome()
    {
        var scenario = AtPeriksa();

        var rejection = scenario.Complete("periksa", Staff.Kabid).RefusedWith(RejectionCode.OutcomeRequired);

        Assert.That(rejection.Message, Does.Contain("lengkap, kurang"));
    }

    [Test]
    public void An_outcome_the_decision_does_not_declare_is_refused()
    {
        var scenario = AtPeriksa();

        scenario.Complete("periksa", Staff.Kabid, "ditolak").RefusedWith(RejectionCode.UnknownOutcome);

        Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "periksa" }));
    }

    [Test]
    public void A_task_that_is_not_a_decision_takes_no_outcome()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start().Ok();

        scenario.Complete("isi-formulir", Staff.Analis, "lengkap").RefusedWith(RejectionCode.UnknownOutcome);
    }

    [Test]
    public void Lengkap_is_not_allowed_while_semester_is_below_5()
    {
        var scenario = AtPeriksa("""{ "nama": "Budi", "semester": 4 }""");

        var rejection = scenario.Complete("periksa", Staff.Kabid, "lengkap").RefusedWith(RejectionCode.OutcomeNotAllowed);

        Assert.That(rejection.Message, Does.Contain("semester >= 5"));
    }

    [Test]
    public void An_outcome_whose_field_has_no_value_is_not_allowed()
    {
        var scenario = AtPeriksa();

        scenario.Complete("periksa", Staff.Kabid, "lengkap").RefusedWith(RejectionCode.OutcomeNotAllowed);
    }

    [Test]
    public void The_outcome_condition_holds_on_the_data_handed_in_with_the_decision()
    {
        var scenario = AtPeriksa("""{ "nama": "Budi", "semester": 4 }""");

        scenario.Complete("periksa", Staff.Kabid, "lengkap", """{ "semester": 6 }""").Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.State.Status, Is.EqualTo(InstanceStatus.Completed));
            Assert.That(scenario.Value("semester"), Is.EqualTo(6L));
        });
    }

    [Test]
    public void Data_handed_in_with_the_decision_can_take_an_outcome_away()
    {
        var scenario = AtPeriksa("""{ "nama": "Budi", "semester": 6 }""");

        scenario.Complete("periksa", Staff.Kabid, "lengkap", """{ "semester": 3 }""").RefusedWith(RejectionCode.OutcomeNotAllowed);

        Assert.That(scenario.Value("semester"), Is.EqualTo(6L));
    }

    [Test]
    public void Kurang_sends_the_case_back_to_isi_formulir()
    {
        var scenario = AtPeriksa();
        var periksa = scenario.Open("periksa");

        scenario.Complete("periksa", Staff.Kabid, "kurang").Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "isi-formulir" }));
            Assert.That(scenario.Effect<StepClosed>(),
                Is.EqualTo(new StepClosed(periksa.TaskId, "periksa", TaskCloseReason.Completed, "kurang", "kabid-1")));
            Assert.That(scenario.Effect<StepOpened>().Task.StepId, Is.EqualTo("isi-formulir"));
        });
    }

    [Test]
    public void A_step_reopened_by_a_loop_is_a_new_task()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start().Ok();
        var firstRound = scenario.Open("isi-formulir").TaskId;
        scenario.Complete("isi-formulir", Staff.Analis).Ok();

        scenario.Complete("periksa", Staff.Kabid, "kurang").Ok();

        Assert.That(scenario.Open("isi-formulir").TaskId, Is.Not.EqualTo(firstRound));
    }
}
