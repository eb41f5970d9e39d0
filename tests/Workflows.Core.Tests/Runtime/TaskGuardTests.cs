using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>Who may complete, claim and release a task, and which open steps are not for people at all.</summary>
internal sealed class TaskGuardTests
{
    private const string Steps = """
          - id: isi-formulir
            kind: task
            actor: analis
            next: menunggu
          - id: menunggu
            kind: parallel
            branches: [pertek, jeda, surat]
            join: telaah
          - id: pertek
            kind: receive
            from: bkn
            actor: analis
            next: telaah
          - id: jeda
            kind: wait
            duration: 3 hari kerja
            next: telaah
          - id: surat
            kind: call
            actor: analis
            definition: bkpsdm-magetan.surat-keluar
            next: telaah
          - id: telaah
            kind: task
            actor: kabid
            next: selesai
          - id: selesai
            kind: end
        """;

    private static InstanceScenario Started()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start().Ok();
        return scenario;
    }

    [Test]
    public void Only_a_holder_of_the_actor_role_may_complete_a_task()
    {
        var scenario = Started();

        var rejection = scenario.Complete("isi-formulir", Staff.Kabid).RefusedWith(RejectionCode.NotActorRole);

        Assert.That(rejection.Message, Does.Contain("'analis'"));
    }

    [Test]
    public void A_completed_task_cannot_be_completed_again()
    {
        var scenario = Started();
        var task = scenario.Open("isi-formulir").TaskId;
        scenario.Complete(task, Staff.Analis).Ok();

        scenario.Complete(task, Staff.Analis).RefusedWith(RejectionCode.TaskNotOpen);
    }

    [Test]
    public void Claiming_a_task_assigns_it_to_the_claimer()
    {
        var scenario = Started();
        var task = scenario.Open("isi-formulir").TaskId;

        scenario.Claim("isi-formulir", Staff.Analis).Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.Open("isi-formulir").Assignee, Is.EqualTo("analis-1"));
            Assert.That(scenario.Effect<AssigneeChanged>(), Is.EqualTo(new AssigneeChanged(task, "analis-1", null)));
        });
    }

    [Test]
    public void A_task_claimed_by_someone_else_can_be_neither_completed_nor_claimed()
    {
        var scenario = Started();
        scenario.Claim("isi-formulir", Staff.OtherAnalis).Ok();

        scenario.Complete("isi-formulir", Staff.Analis).RefusedWith(RejectionCode.AssignedToSomeoneElse);
        scenario.Claim("isi-formulir", Staff.Analis).RefusedWith(RejectionCode.AssignedToSomeoneElse);

        Assert.That(scenario.Open("isi-formulir").Assignee, Is.EqualTo("analis-2"));
    }

    [Test]
    public void Only_the_claimer_may_release_a_task()
    {
        var scenario = Started();
        scenario.Claim("isi-formulir", Staff.OtherAnalis).Ok();

        scenario.Release("isi-formulir", Staff.Analis).RefusedWith(RejectionCode.NotAssignedToYou);
        scenario.Release("isi-formulir", Staff.OtherAnalis).Ok();

        Assert.That(scenario.Open("isi-formulir").Assignee, Is.Null);
    }

    [Test]
    public void A_task_nobody_claimed_cannot_be_released()
    {
        var scenario = Started();

        scenario.Release("isi-formulir", Staff.Analis).RefusedWith(RejectionCode.NotAssignedToYou);
    }

    [TestCase("pertek")]
    [TestCase("jeda")]
    [TestCase("surat")]
    public void A_step_waiting_for_a_message_timer_or_sub_process_is_not_completed_by_a_person(string step)
    {
        var scenario = Started();
        scenario.Complete("isi-formulir", Staff.Analis).Ok();

        scenario.Complete(step, Staff.Analis).RefusedWith(RejectionCode.NotWaitingForActor);
        scenario.Claim(step, Staff.Analis).RefusedWith(RejectionCode.NotWaitingForActor);

        Assert.That(scenario.OpenStepIds, Is.EquivalentTo(new[] { "pertek", "jeda", "surat" }));
    }
}
