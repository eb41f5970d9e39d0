using System.Text.Json.Nodes;
using Workflows.Core.Runtime;
using Workflows.Core.Time;
using static Workflows.Core.Tests.Time.TestCalendars;

namespace Workflows.Core.Tests.Runtime;

/// <summary>
/// The engine marks a due time provisional when counting it took office time on dates beyond the calendar's coverage:
/// a task's mutu baku, a wait's timer and the instance's service standard (5 hari kerja in the test header). Instances start
/// on Monday 14 April 2025, 08:00 WIB; Friday 18 April is Wafat Yesus Kristus.
/// </summary>
internal sealed class ProvisionalDueTests
{
    private const string Steps = """
          - id: siapkan
            kind: task
            actor: analis
            duration: 1 hari kerja
            next: telaah
          - id: telaah
            kind: task
            actor: kabid
            duration: 3 hari kerja
            next: tunggu
          - id: tunggu
            kind: wait
            duration: 2 hari kerja
            next: arsip
          - id: arsip
            kind: task
            actor: analis
            duration: 30 hari kalender
            next: selesai
          - id: selesai
            kind: end
        """;

    private static readonly string UntilDate = Steps.Replace("duration: 2 hari kerja", "until: tanggal_selesai", StringComparison.Ordinal);

    /// <summary>The national holidays of 2025–2026, with a holiday list said to be complete only up to <paramref name="to"/>.</summary>
    private static WorkingCalendar CoveredTo(string to) => new(
        "test-covered", WorkingCalendar.ResolveZone("Asia/Jakarta"), WeeklyHours.AsnDefault, NationalHolidays, [], HolidayKinds.All,
        coverage: new CalendarCoverage(new DateOnly(2025, 1, 1), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

    [Test]
    public void Due_times_counted_inside_coverage_are_not_provisional()
    {
        var scenario = new InstanceScenario(Steps, calendar: CoveredTo("2025-12-31"));

        scenario.Start().Ok();

        Assert.Multiple(() =>
        {
            Assert.That(Format(scenario.State.Due), Is.EqualTo("2025-04-22 16:00 +07:00"));
            Assert.That(scenario.State.DueProvisional, Is.False);
            Assert.That(scenario.Open("siapkan").Provisional, Is.False);
            Assert.That(scenario.Effect<StepOpened>().Task.Provisional, Is.False);
        });
    }

    [Test]
    public void A_calendar_without_coverage_claims_every_date_so_nothing_is_provisional()
    {
        var scenario = new InstanceScenario(Steps);

        scenario.Start().Ok();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.Calendar.Coverage, Is.Null);
            Assert.That(scenario.State.DueProvisional, Is.False);
            Assert.That(scenario.Open("siapkan").Provisional, Is.False);
        });
    }

    [Test]
    public void Only_the_due_times_that_cross_the_end_of_coverage_are_provisional()
    {
        // Covered up to Wednesday 16 April: 1 hari kerja ends on the 15th, 3 on the 17th, the instance's 5 on the 22nd.
        var scenario = new InstanceScenario(Steps, calendar: CoveredTo("2025-04-16"));

        scenario.Start().Ok();
        var siapkan = scenario.Open("siapkan");
        scenario.SetClock("2025-04-14 09:00");
        scenario.Complete("siapkan", Staff.Analis).Ok();
        var telaah = scenario.Open("telaah");

        Assert.Multiple(() =>
        {
            Assert.That((Format(siapkan.Due), siapkan.Provisional), Is.EqualTo(("2025-04-15 16:00 +07:00", false)));
            Assert.That((Format(telaah.Due), telaah.Provisional), Is.EqualTo(("2025-04-17 16:00 +07:00", true)));
            Assert.That(scenario.Effect<StepOpened>().Task, Is.EqualTo(telaah), "the effect carries the mark to the events");
            Assert.That((Format(scenario.State.Due), scenario.State.DueProvisional), Is.EqualTo(("2025-04-22 16:00 +07:00", true)));
        });
    }

    [Test]
    public void A_wait_whose_timer_is_counted_beyond_coverage_is_provisional()
    {
        var scenario = new InstanceScenario(Steps, calendar: CoveredTo("2025-04-16"));
        scenario.Start().Ok();
        scenario.Complete("siapkan", Staff.Analis).Ok();
        scenario.SetClock("2025-04-14 10:00");
        scenario.Complete("telaah", Staff.Kabid).Ok();

        var tunggu = scenario.Open("tunggu");

        Assert.Multiple(() =>
        {
            Assert.That(Format(tunggu.TimerAt), Is.EqualTo("2025-04-16 16:00 +07:00"), "inside coverage, to the minute");
            Assert.That(tunggu.Provisional, Is.False);
        });

        var later = new InstanceScenario(Steps, startAt: "2025-04-15 10:00", calendar: CoveredTo("2025-04-16"));
        later.Start().Ok();
        later.Complete("siapkan", Staff.Analis).Ok();
        later.Complete("telaah", Staff.Kabid).Ok();

        var crossing = later.Open("tunggu");
        Assert.Multiple(() =>
        {
            Assert.That(Format(crossing.TimerAt), Is.EqualTo("2025-04-17 16:00 +07:00"));
            Assert.That((crossing.Due, crossing.Provisional), Is.EqualTo(((DateTimeOffset?)null, true)), "a wait has no mutu baku; its timer is what is provisional");
        });
    }

    [Test]
    public void A_wait_until_a_date_from_the_case_data_is_never_provisional()
    {
        var scenario = new InstanceScenario(UntilDate, calendar: CoveredTo("2025-04-16"));
        scenario.Start().Ok();
        scenario.Complete("siapkan", Staff.Analis).Ok();

        scenario.Complete("telaah", Staff.Kabid, null, """{ "tanggal_selesai": "2025-06-02" }""").Ok();

        Assert.Multiple(() =>
        {
            Assert.That(Format(scenario.Open("tunggu").TimerAt), Is.EqualTo("2025-06-02 00:00 +07:00"));
            Assert.That(scenario.Open("tunggu").Provisional, Is.False);
        });
    }

    [Test]
    public void Calendar_days_beyond_coverage_do_not_depend_on_holidays_and_are_not_provisional()
    {
        var scenario = new InstanceScenario(Steps.Replace("duration: 1 hari kerja", "duration: 30 hari kalender", StringComparison.Ordinal), calendar: CoveredTo("2025-04-16"));

        scenario.Start().Ok();

        Assert.Multiple(() =>
        {
            Assert.That(Format(scenario.Open("siapkan").Due), Is.EqualTo("2025-05-14 08:00 +07:00"));
            Assert.That(scenario.Open("siapkan").Provisional, Is.False);
        });
    }

    [Test]
    public void The_mark_is_stored_with_the_case_and_a_state_stored_before_it_existed_reads_as_not_provisional()
    {
        var scenario = new InstanceScenario(Steps, startAt: "2025-04-15 10:00", calendar: CoveredTo("2025-04-16"));
        scenario.Start().Ok();
        scenario.Complete("siapkan", Staff.Analis).Ok();
        var json = InstanceStateJson.Serialize(scenario.State);

        var back = InstanceStateJson.Deserialize(json, scenario.Definition);
        var old = JsonNode.Parse(json)!.AsObject();
        Assert.That(old.Remove("dueProvisional"), Is.True, "the stored field is named dueProvisional");
        foreach (var open in old["open"]!.AsArray())
        {
            Assert.That(open!.AsObject().Remove("provisional"), Is.True, "the stored field is named provisional");
        }

        var before = InstanceStateJson.Deserialize(old.ToJsonString(), scenario.Definition);

        Assert.Multiple(() =>
        {
            Assert.That((back.DueProvisional, back.Open.Single().Provisional), Is.EqualTo((true, true)));
            Assert.That((before.DueProvisional, before.Open.Single().Provisional), Is.EqualTo((false, false)));
            Assert.That(before.Open.Single() with { Provisional = true }, Is.EqualTo(back.Open.Single()));
        });
    }
}
