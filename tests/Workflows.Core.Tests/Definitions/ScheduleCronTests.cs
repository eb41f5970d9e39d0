using System.Text;
using Workflows.Core.Definitions;
using Workflows.Core.Definitions.Validation;
using Workflows.Core.Diagnostics;

namespace Workflows.Core.Tests.Definitions;

/// <summary>
/// WF027: a schedule's cron must read, must fire again, and may fire at most once an hour by default, so one definition
/// can neither stop the scheduler of every node nor start an instance every second.
/// </summary>
[NonParallelizable]
public sealed class ScheduleCronTests
{
    private const string Steps = "  - { id: isi, kind: task, actor: analis, next: selesai }\n  - { id: selesai, kind: end }\n";

    [TestCase("0 0 0 30 2 ?", "never fires")]
    [TestCase("0 0 8 31 4,6,9,11 ?", "never fires")]
    [TestCase("* * * * * ?", "fires every 1 second")]
    [TestCase("0 0/30 * * * ?", "fires every 30 minutes")]
    [TestCase("0 0 8 2 1", "must have 6 or 7 fields")]
    [TestCase("0 0 25 * * ?", "hours value 25 is out of range 0-23")]
    [TestCase("0 0 8 * * *", "'?' in exactly one of day-of-month and day-of-week")]
    [TestCase("0 0 8 ? * ?", "'?' in exactly one of day-of-month and day-of-week")]
    [TestCase("0 0 8 L * ?", "'L' is not supported")]
    [TestCase("0 0 8 15W * ?", "'W' is not supported")]
    [TestCase("0 0 8 ? * MON#2", "'#' is not supported")]
    [TestCase("0 0 8 ? * 2", "day-of-week must be written as names")]
    [TestCase("0 0 8 1 FOO ?", "'FOO' is not a month")]
    [TestCase("0 0 8-6 1 * ?", "range '8-6' runs backwards")]
    [TestCase("0 0 8/0 1 * ?", "step must be at least 1")]
    public void Rejects_crons_that_do_not_read_never_fire_or_fire_too_often(string cron, string message)
    {
        var errors = Load(cron).Errors.ToList();

        Assert.That(errors.Select(e => (e.Code, Fits: e.Message.Contains(message, StringComparison.Ordinal))),
            Does.Contain((DiagnosticCodes.BadSchedule, true)), string.Join("\n", errors));
        Assert.That(errors.First(e => e.Code == DiagnosticCodes.BadSchedule).Position, Is.EqualTo(new SourcePosition(5, 20)), "points at the cron");
    }

    [TestCase("0 0 * * * ?")]
    [TestCase("0 0 8 * * ?")]
    [TestCase("0 0 8 2 1 ?")]
    [TestCase("0 30 7 ? * MON-FRI")]
    [TestCase("0 0 8 29 2 ?")]
    [TestCase("0 0 0,23 * * ?")]
    [TestCase("0 0 7 ? JAN,JUL mon")]
    [TestCase("0 0 */6 1-15/2 * ?")]
    [TestCase("0 0 8 1 1 ? 2027-2099")]
    public void Accepts_hourly_daily_and_yearly_crons(string cron) =>
        Assert.That(Load(cron).Errors, Is.Empty);

    [Test]
    public void A_year_field_is_judged_against_the_clock_the_caller_gives()
    {
        var cron = "0 0 8 1 1 ? 2027";
        var context = DefinitionText.Context with { Schedules = new ScheduleRules(ScheduleRules.DefaultMinimumInterval, Now("2026-06-01T00:00:00Z")) };
        var later = DefinitionText.Context with { Schedules = new ScheduleRules(ScheduleRules.DefaultMinimumInterval, Now("2027-01-01T02:00:00Z")) };

        Assert.That(Load(cron, context).Errors, Is.Empty, "08:00 WIB on 1 January 2027 is still to come");
        Assert.That(Load(cron, later).Errors.Select(e => e.Message), Has.Some.Contains("never fires again"), "02:00 UTC is 09:00 WIB: it has passed");
    }

    [Test]
    public void The_minimum_interval_is_the_callers_to_lower()
    {
        var quick = DefinitionText.Context with { Schedules = new ScheduleRules(TimeSpan.FromSeconds(2), null) };

        Assert.That(Load("0/2 * * * * ?", quick).Errors, Is.Empty);
        Assert.That(Load("* * * * * ?", quick).Errors.Select(e => e.Message), Has.Some.Contains("at most once every 2 seconds"));
    }

    [Test]
    public void Stored_versions_compile_whatever_their_cron_so_the_scheduler_can_report_them()
    {
        var stored = DefinitionText.Context with { Schedules = null };

        Assert.That(Load("0 0 0 30 2 ?", stored).Definition?.Schedule?.Cron, Is.EqualTo("0 0 0 30 2 ?"));
    }

    private static string Yaml(string cron) =>
        DefinitionText.Header
            .Replace("agency: bkpsdm-magetan\n", $"agency: bkpsdm-magetan\nschedule: {{ cron: \"{cron}\", data: {{ semester: 2 }} }}\n", StringComparison.Ordinal)
            .Replace("  requirements: [usul]\n", "", StringComparison.Ordinal) + Steps;

    private static DefinitionLoadResult Load(string cron, CompileContext? context = null) =>
        DefinitionLoader.Load("contoh.yaml", Encoding.UTF8.GetBytes(Yaml(cron)), context ?? DefinitionText.Context);

    private static DateTimeOffset Now(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
