using Workflows.Core.Definitions;
using Workflows.Core.Runtime;
using static Workflows.Core.Tests.Time.TestCalendars;

namespace Workflows.Core.Tests.Runtime;

/// <summary>An instance opens at its first step with the step's mutu baku as deadline, and a completed task leads to the next.</summary>
internal sealed class TaskStepTests
{
    private const string Steps = """
          - id: isi-formulir
            kind: task
            actor: analis
            duration: 2 jam
            next: periksa
          - id: periksa
            kind: task
            actor: kabid
            duration: 1 hari kerja
            next: selesai
          - id: selesai
            kind: end
            result: granted
        """;

    [Test]
    public void Starting_on_the_last_day_of_Idulfitri_makes_a_2_jam_step_due_after_cuti_bersama()
    {
        var scenario = new InstanceScenario(Steps, startAt: "2025-04-01 10:00");

        scenario.Start().Ok();

        var open = scenario.Open("isi-formulir");
        var deadline = scenario.Effect<DeadlineSet>();
        Assert.Multiple(() =>
        {
            Assert.That(scenario.State.Status, Is.EqualTo(InstanceStatus.Running));
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "isi-formulir" }));
            Assert.That(deadline.TaskId, Is.EqualTo(open.TaskId));
            Assert.That(deadline.StepId, Is.EqualTo("isi-formulir"));
            Assert.That(Format(deadline.Due), Is.EqualTo("2025-04-08 09:30 +07:00"));
            Assert.That(deadline.Due, Is.EqualTo(scenario.Calendar.Due(scenario.Now, Parse("2 jam")).Due));
            Assert.That(deadline.Earliest, Is.Null);
            Assert.That(open.Due, Is.EqualTo(deadline.Due));
        });
    }

    [Test]
    public void The_first_step_is_a_task_for_the_actor_role_that_nobody_has_claimed_yet()
    {
        var scenario = new InstanceScenario(Steps, startAt: "2025-04-01 10:00");

        scenario.Start().Ok();

        var open = scenario.Open("isi-formulir");
        Assert.Multiple(() =>
        {
            Assert.That(open.Kind, Is.EqualTo(StepKind.Task));
            Assert.That(open.WaitingFor, Is.EqualTo(WaitingFor.Actor));
            Assert.That(open.ActorRole, Is.EqualTo("analis"));
            Assert.That(open.Assignee, Is.Null);
            Assert.That(open.OpenedAt, Is.EqualTo(scenario.Now));
            Assert.That(open.Fork, Is.Null);
            Assert.That(scenario.Effect<StepOpened>().Task, Is.EqualTo(open));
        });
    }

    [Test]
    public void The_case_is_due_when_the_service_standard_total_runs_out()
    {
        var scenario = new InstanceScenario(Steps, startAt: "2025-04-01 10:00");

        scenario.Start().Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.State.StartedAt, Is.EqualTo(Wib("2025-04-01 10:00")));
            Assert.That(scenario.State.Due, Is.EqualTo(scenario.Calendar.Due(scenario.Now, Parse("5 hari kerja")).Due));
            Assert.That(Format(scenario.State.Due), Is.EqualTo("2025-04-14 16:00 +07:00"));
        });
    }

    [Test]
    public void Completing_a_task_closes_it_and_opens_the_next_step_with_its_own_deadline()
    {
        var scenario = new InstanceScenario(Steps, startAt: "2025-04-14 08:00");
        scenario.Start().Ok();
        var first = scenario.Open("isi-formulir");
        scenario.SetClock("2025-04-14 09:00");

        scenario.Complete("isi-formulir", Staff.Analis).Ok();

        var next = scenario.Open("periksa");
        Assert.Multiple(() =>
        {
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "periksa" }));
            Assert.That(scenario.Effect<StepClosed>(),
                Is.EqualTo(new StepClosed(first.TaskId, "isi-formulir", TaskCloseReason.Completed, null, "analis-1")));
            Assert.That(next.TaskId, Is.Not.EqualTo(first.TaskId));
            Assert.That(next.ActorRole, Is.EqualTo("kabid"));
            Assert.That(next.OpenedAt, Is.EqualTo(Wib("2025-04-14 09:00")));
            Assert.That(scenario.Effect<DeadlineSet>().Due, Is.EqualTo(scenario.Calendar.Due(scenario.Now, Parse("1 hari kerja")).Due));
            Assert.That(Format(next.Due), Is.EqualTo("2025-04-15 16:00 +07:00"));
        });
    }

    [Test]
    public void A_step_without_a_standard_sets_no_deadline()
    {
        var scenario = new InstanceScenario(Steps.Replace("duration: 2 jam", "duration: Menyesuaikan", StringComparison.Ordinal));

        scenario.Start().Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.EffectsOf<DeadlineSet>(), Is.Empty);
            Assert.That(scenario.Open("isi-formulir").Due, Is.Null);
        });
    }
}
