using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>A parallel block inside a branch of another joins first, and its join runs in the outer block.</summary>
internal sealed class NestedParallelTests
{
    private const string Nested = """
          - id: mulai
            kind: parallel
            branches: [arsip, konsep]
            join: gabung
          - id: arsip
            kind: task
            actor: analis
            next: gabung
          - id: konsep
            kind: parallel
            branches: [konsep-a, konsep-b]
            join: konsep-gabung
          - id: konsep-a
            kind: task
            actor: analis
            next: konsep-gabung
          - id: konsep-b
            kind: task
            actor: kabid
            next: konsep-gabung
          - id: konsep-gabung
            kind: task
            actor: kabid
            next: gabung
          - id: gabung
            kind: task
            actor: kabid
            next: selesai
          - id: selesai
            kind: end
        """;

    [Test]
    public void The_inner_frame_is_linked_to_the_outer_one()
    {
        var scenario = new InstanceScenario(Nested);

        scenario.Start().Ok();

        var outer = scenario.State.Forks.Single(f => f.ForkStepId == "mulai");
        var inner = scenario.State.Forks.Single(f => f.ForkStepId == "konsep");
        Assert.Multiple(() =>
        {
            Assert.That(scenario.OpenStepIds, Is.EquivalentTo(new[] { "arsip", "konsep-a", "konsep-b" }));
            Assert.That(outer.Parent, Is.Null);
            Assert.That(inner.Parent, Is.EqualTo(outer.Id));
            Assert.That(scenario.Open("arsip").Fork, Is.EqualTo(outer.Id));
            Assert.That(scenario.Open("konsep-a").Fork, Is.EqualTo(inner.Id));
            Assert.That(scenario.Open("konsep-b").Fork, Is.EqualTo(inner.Id));
        });
    }

    [Test]
    public void The_inner_join_opens_in_the_outer_block_when_both_inner_branches_are_done()
    {
        var scenario = new InstanceScenario(Nested);
        scenario.Start().Ok();
        var outer = scenario.State.Forks.Single(f => f.ForkStepId == "mulai").Id;

        scenario.Complete("konsep-a", Staff.Analis).Ok();
        scenario.Complete("konsep-b", Staff.Kabid).Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.OpenStepIds, Is.EquivalentTo(new[] { "arsip", "konsep-gabung" }));
            Assert.That(scenario.Open("konsep-gabung").Fork, Is.EqualTo(outer));
            Assert.That(scenario.State.Forks.Select(f => f.Id), Is.EqualTo(new[] { outer }));
        });
    }

    [Test]
    public void The_outer_join_waits_for_the_inner_block_and_the_other_branch()
    {
        var scenario = new InstanceScenario(Nested);
        scenario.Start().Ok();
        scenario.Complete("arsip", Staff.Analis).Ok();
        scenario.Complete("konsep-a", Staff.Analis).Ok();
        scenario.Complete("konsep-b", Staff.Kabid).Ok();
        Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "konsep-gabung" }));

        scenario.Complete("konsep-gabung", Staff.Kabid).Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "gabung" }));
            Assert.That(scenario.Open("gabung").Fork, Is.Null);
            Assert.That(scenario.State.Forks, Is.Empty);
        });
    }
}
