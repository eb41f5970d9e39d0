using Workflows.Core.Runtime;
using static Workflows.Core.Tests.Time.TestCalendars;

namespace Workflows.Core.Tests.Runtime;

/// <summary>A wait step schedules a timer for its duration on the calendar, or for the start of the day in its date field.</summary>
internal sealed class WaitStepTests
{
    private const string ForDuration = """
          - id: siapkan
            kind: task
            actor: analis
            next: jeda
          - id: jeda
            kind: wait
            duration: 2 hari kerja
            next: telaah
          - id: telaah
            kind: task
            actor: kabid
            next: selesai
          - id: selesai
            kind: end
        """;

    private static readonly string UntilDate = ForDuration.Replace("duration: 2 hari kerja", "until: tanggal_selesai", StringComparison.Ordinal);

    private static InstanceScenario Waiting(string steps, string data = "{}")
    {
        var scenario = new InstanceScenario(steps, startAt: "2025-04-14 10:00");
        scenario.Start().Ok();
        scenario.Complete("siapkan", Staff.Analis, null, data).Ok();
        return scenario;
    }

    [Test]
    public void A_wait_for_a_duration_schedules_its_timer_when_the_duration_runs_out_on_the_calendar()
    {
        var scenario = Waiting(ForDuration);

        var open = scenario.Open("jeda");
        var timer = scenario.Effect<TimerScheduled>();
        Assert.Multiple(() =>
        {
            Assert.That(timer.At, Is.EqualTo(scenario.Calendar.Due(scenario.Now, Parse("2 hari kerja")).Due));
            Assert.That(Format(timer.At), Is.EqualTo("2025-04-16 16:00 +07:00"));
            Assert.That((timer.TaskId, timer.StepId), Is.EqualTo((open.TaskId, "jeda")));
            Assert.That((open.WaitingFor, open.TimerAt, open.Due), Is.EqualTo((WaitingFor.Timer, (DateTimeOffset?)timer.At, (DateTimeOffset?)null)));
            Assert.That(scenario.EffectsOf<DeadlineSet>(), Is.Empty);
        });
    }

    [Test]
    public void A_timer_fired_before_its_time_is_not_pending()
    {
        var scenario = Waiting(ForDuration);
        scenario.SetClock("2025-04-16 15:59");

        scenario.Fire("jeda").RefusedWith(RejectionCode.TimerNotPending);

        Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "jeda" }));
    }

    [Test]
    public void Once_the_clock_reaches_the_timer_the_case_moves_on()
    {
        var scenario = Waiting(ForDuration);
        var jeda = scenario.Open("jeda").TaskId;
        scenario.SetClock("2025-04-16 16:00");

        scenario.Fire("jeda").Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.Effect<StepClosed>(), Is.EqualTo(new StepClosed(jeda, "jeda", TaskCloseReason.Completed, null, "system")));
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "telaah" }));
        });
    }

    [Test]
    public void Firing_a_step_that_is_not_a_timer_is_refused()
    {
        var scenario = new InstanceScenario(ForDuration);
        scenario.Start().Ok();

        scenario.Fire("siapkan").RefusedWith(RejectionCode.TimerNotPending);
    }

    [Test]
    public void A_wait_until_a_future_date_ends_at_local_midnight_of_that_date()
    {
        var scenario = Waiting(UntilDate, """{ "tanggal_selesai": "2025-05-02" }""");

        var timer = scenario.Effect<TimerScheduled>();
        Assert.Multiple(() =>
        {
            Assert.That(Format(timer.At), Is.EqualTo("2025-05-02 00:00 +07:00"));
            Assert.That(scenario.Open("jeda").TimerAt, Is.EqualTo(timer.At));
        });
    }

    [Test]
    public void A_wait_until_a_date_already_past_passes_at_once()
    {
        var scenario = Waiting(UntilDate, """{ "tanggal_selesai": "2025-04-01" }""");

        Assert.Multiple(() =>
        {
            Assert.That(scenario.EffectsOf<TimerScheduled>(), Is.Empty);
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "telaah" }));
        });
    }

    [Test]
    public void A_wait_until_an_empty_date_field_is_invalid_data()
    {
        var scenario = new InstanceScenario(UntilDate);
        scenario.Start().Ok();

        var rejection = scenario.Complete("siapkan", Staff.Analis).RefusedWith(RejectionCode.InvalidData);

        Assert.Multiple(() =>
        {
            Assert.That(rejection.Details, Has.Exactly(1).StartsWith("data.tanggal_selesai:"));
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "siapkan" }));
        });
    }
}
