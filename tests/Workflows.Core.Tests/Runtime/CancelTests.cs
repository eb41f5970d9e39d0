using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>Cancelling closes every open step and asks running sub-processes to stop; a sub-process goes only with its parent.</summary>
internal sealed class CancelTests
{
    private const string Steps = """
          - id: proses
            kind: parallel
            branches: [periksa, pertek, surat]
            join: telaah
          - id: periksa
            kind: task
            actor: analis
            next: telaah
          - id: pertek
            kind: receive
            from: bkn
            next: telaah
          - id: surat
            kind: call
            definition: bkpsdm-magetan.surat-keluar
            next: telaah
          - id: telaah
            kind: task
            actor: kabid
            next: selesai
          - id: selesai
            kind: end
        """;

    private static readonly ParentLink Parent = new(Guid.Parse("fa000000-0000-0000-0000-000000000001"), Guid.Parse("fa000000-0000-0000-0000-000000000002"));

    [Test]
    public void Cancelling_closes_every_open_step_and_stops_the_running_sub_process()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start().Ok();
        var open = scenario.OpenSteps.ToList();
        scenario.SetClock("2025-04-16 11:00");

        scenario.Cancel("Pemohon mengundurkan diri", Staff.Kabid).Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.EffectsOf<StepClosed>(), Is.EqualTo(open.Select(o =>
                new StepClosed(o.TaskId, o.StepId, TaskCloseReason.Cancelled, null, "kabid-1"))));
            Assert.That(scenario.Effect<SubProcessCancelRequested>().ChildInstanceId, Is.EqualTo(open.Single(o => o.StepId == "surat").ChildInstanceId));
            Assert.That(scenario.Effect<CancelApplied>(), Is.EqualTo(new CancelApplied("Pemohon mengundurkan diri", null)));
            Assert.That(scenario.State.Status, Is.EqualTo(InstanceStatus.Cancelled));
            Assert.That(scenario.State.EndedAt, Is.EqualTo(scenario.Now));
            Assert.That(scenario.OpenSteps, Is.Empty);
            Assert.That(scenario.State.Forks, Is.Empty);
        });
    }

    [Test]
    public void A_cancelled_case_takes_no_more_commands()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start().Ok();
        var periksa = scenario.Open("periksa").TaskId;
        scenario.Cancel("Salah input", Staff.Kabid).Ok();

        scenario.Complete(periksa, Staff.Analis).RefusedWith(RejectionCode.InstanceNotRunning);
    }

    [Test]
    public void A_person_cannot_cancel_a_sub_process_directly()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.StartAsSubProcessOf(Parent).Ok();

        scenario.Cancel("Tidak perlu", Staff.Kabid).RefusedWith(RejectionCode.SubProcessOfParent);

        Assert.That(scenario.State.Status, Is.EqualTo(InstanceStatus.Running));
    }

    [Test]
    public void The_engine_cancels_a_sub_process_when_its_parent_is_cancelled()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.StartAsSubProcessOf(Parent).Ok();

        scenario.Cancel("Induk dibatalkan", Actor.System).Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.State.Status, Is.EqualTo(InstanceStatus.Cancelled));
            Assert.That(scenario.Effect<CancelApplied>(), Is.EqualTo(new CancelApplied("Induk dibatalkan", Parent)));
        });
    }
}
