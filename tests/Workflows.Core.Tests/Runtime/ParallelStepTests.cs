using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>A parallel step opens every branch in one fork frame; its join opens once the last branch arrives.</summary>
internal sealed class ParallelStepTests
{
    private const string Steps = """
          - id: siapkan
            kind: task
            actor: analis
            next: paralel
          - id: paralel
            kind: parallel
            branches: [pertek, draft]
            join: telaah
          - id: pertek
            kind: task
            actor: analis
            next: telaah
          - id: draft
            kind: task
            actor: kabid
            next: telaah
          - id: telaah
            kind: decision
            actor: kabid
            outcomes:
              setuju: selesai
              ulang: siapkan
          - id: selesai
            kind: end
            result: granted
        """;

    private static InstanceScenario Forked()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start().Ok();
        scenario.Complete("siapkan", Staff.Analis).Ok();
        return scenario;
    }

    [Test]
    public void Both_branches_open_in_one_fork_frame()
    {
        var scenario = Forked();

        var frame = scenario.State.Forks.Single();
        Assert.Multiple(() =>
        {
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "pertek", "draft" }));
            Assert.That(frame with { Id = Guid.Empty }, Is.EqualTo(new ForkFrame(Guid.Empty, "paralel", "telaah", 2, 0, null)));
            Assert.That(scenario.OpenSteps.Select(o => o.Fork), Has.All.EqualTo(frame.Id));
            Assert.That(scenario.EffectsOf<StepOpened>().Select(e => e.Task.StepId), Is.EqualTo(new[] { "pertek", "draft" }));
        });
    }

    [Test]
    public void The_join_stays_closed_while_one_branch_is_still_running()
    {
        var scenario = Forked();

        scenario.Complete("draft", Staff.Kabid).Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "pertek" }));
            Assert.That(scenario.State.Forks.Single().Arrived, Is.EqualTo(1));
            Assert.That(scenario.EffectsOf<StepOpened>(), Is.Empty);
        });
    }

    [Test]
    public void The_last_branch_to_arrive_opens_the_join_outside_any_fork()
    {
        var scenario = Forked();
        scenario.Complete("draft", Staff.Kabid).Ok();

        scenario.Complete("pertek", Staff.Analis).Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "telaah" }));
            Assert.That(scenario.Open("telaah").Fork, Is.Null);
            Assert.That(scenario.State.Forks, Is.Empty);
        });
    }

    [Test]
    public void Looping_back_before_the_fork_runs_the_block_again_in_a_new_frame()
    {
        var scenario = Forked();
        var firstFrame = scenario.State.Forks.Single().Id;
        scenario.Complete("draft", Staff.Kabid).Ok();
        scenario.Complete("pertek", Staff.Analis).Ok();
        scenario.Complete("telaah", Staff.Kabid, "ulang").Ok();

        scenario.Complete("siapkan", Staff.Analis).Ok();

        var frame = scenario.State.Forks.Single();
        Assert.Multiple(() =>
        {
            Assert.That(frame.Id, Is.Not.EqualTo(firstFrame));
            Assert.That(frame.Arrived, Is.Zero);
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "pertek", "draft" }));
            Assert.That(scenario.OpenSteps.Select(o => o.Fork), Has.All.EqualTo(frame.Id));
        });
    }

    [Test]
    public void No_fork_frame_is_left_when_the_case_ends()
    {
        var scenario = Forked();
        scenario.Complete("draft", Staff.Kabid).Ok();
        scenario.Complete("pertek", Staff.Analis).Ok();

        scenario.Complete("telaah", Staff.Kabid, "setuju").Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.State.Status, Is.EqualTo(InstanceStatus.Completed));
            Assert.That(scenario.State.Forks, Is.Empty);
            Assert.That(scenario.OpenSteps, Is.Empty);
        });
    }
}
