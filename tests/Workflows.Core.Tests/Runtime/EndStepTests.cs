using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>An end step finishes the instance with its result; a finished instance takes no more commands.</summary>
internal sealed class EndStepTests
{
    private const string Steps = """
          - id: tetapkan
            kind: task
            actor: kabid
            next: selesai
          - id: selesai
            kind: end
            result: granted
        """;

    private static readonly ParentLink Parent = new(Guid.Parse("fa000000-0000-0000-0000-000000000001"), Guid.Parse("fa000000-0000-0000-0000-000000000002"));

    [Test]
    public void Reaching_the_end_completes_the_case_with_its_result()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start().Ok();
        scenario.SetClock("2025-04-15 13:45");

        scenario.Complete("tetapkan", Staff.Kabid).Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.State.Status, Is.EqualTo(InstanceStatus.Completed));
            Assert.That(scenario.State.Result, Is.EqualTo("granted"));
            Assert.That(scenario.State.EndedAt, Is.EqualTo(scenario.Now));
            Assert.That(scenario.OpenSteps, Is.Empty);
            Assert.That(scenario.Effect<EndReached>(), Is.EqualTo(new EndReached("granted", null)));
        });
    }

    [Test]
    public void A_sub_process_that_ends_reports_to_its_parent()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.StartAsSubProcessOf(Parent).Ok();

        scenario.Complete("tetapkan", Staff.Kabid).Ok();

        Assert.That(scenario.Effect<EndReached>(), Is.EqualTo(new EndReached("granted", Parent)));
    }

    [Test]
    public void A_completed_case_takes_no_more_commands()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start().Ok();
        var task = scenario.Open("tetapkan").TaskId;
        scenario.Complete("tetapkan", Staff.Kabid).Ok();

        Assert.Multiple(() =>
        {
            scenario.Complete(task, Staff.Kabid).RefusedWith(RejectionCode.InstanceNotRunning);
            scenario.Apply(new ClaimTask(Staff.Kabid, task)).RefusedWith(RejectionCode.InstanceNotRunning);
            scenario.Deliver("pertek").RefusedWith(RejectionCode.InstanceNotRunning);
            scenario.Apply(new FireTimer(Actor.System, task)).RefusedWith(RejectionCode.InstanceNotRunning);
            scenario.Cancel("terlambat", Staff.Kabid).RefusedWith(RejectionCode.InstanceNotRunning);
            Assert.That(scenario.State.Status, Is.EqualTo(InstanceStatus.Completed));
        });
    }

    [Test]
    public void A_case_cannot_be_started_twice()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start().Ok();

        scenario.Start().RefusedWith(RejectionCode.InstanceAlreadyStarted);
    }
}
