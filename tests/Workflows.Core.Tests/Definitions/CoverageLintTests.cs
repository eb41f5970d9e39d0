using System.Globalization;
using System.Text;
using Workflows.Core.Calendars;
using Workflows.Core.Definitions;
using Workflows.Core.Diagnostics;

namespace Workflows.Core.Tests.Definitions;

/// <summary>Lint WL006 on the repository's calendars, with "today" from a clock the test sets.</summary>
public sealed class CoverageLintTests
{
    private const string End = "  - { id: a, kind: task, actor: analis, duration: 1 hari kerja, next: [selesai] }\n  - { id: selesai, kind: end }\n";

    private static readonly WorkflowsFolder Folder = WorkflowsFolder.Open(RepositoryPaths.Workflows);

    private static string Cuti => Path.Combine(RepositoryPaths.Workflows, "bkpsdm-magetan", "fasilitasi-izin-cuti.yaml");

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static Diagnostic[] CoverageWarnings(WorkflowsFolder folder, string file, string yaml, DateTimeOffset now) =>
        [.. DefinitionLoader.Load(file, Encoding.UTF8.GetBytes(yaml), folder.Context with { Coverage = folder.CoverageAt(now) })
            .Diagnostics.Where(d => d.Code == DiagnosticCodes.CoverageEnding)];

    private static Diagnostic[] CutiWarnings(DateTimeOffset now) => CoverageWarnings(Folder, Cuti, File.ReadAllText(Cuti), now);

    [Test]
    public void Sixty_days_before_the_end_of_coverage_lint_warns_on_the_calendar_key()
    {
        var warning = CutiWarnings(At("2026-11-01T09:00:00+07:00")).Single();

        Assert.Multiple(() =>
        {
            Assert.That(warning.Severity, Is.EqualTo(Severity.Warning));
            Assert.That(warning.Position.Line, Is.EqualTo(13), "calendar: id-asn");
            Assert.That(warning.Message, Is.EqualTo(
                "calendar 'id-asn' lists holidays only up to 2026-12-31, 60 day(s) left: due times counted past that date are provisional; " +
                "add the next year's decree to workflows/calendars/id-asn.yaml and extend 'covers'"));
        });
    }

    [TestCase("2026-06-01T09:00:00+07:00")]
    [TestCase("2025-01-01T00:00:00+07:00")]
    [TestCase("2026-10-01T23:59:00+07:00")]
    public void More_than_90_days_before_the_end_lint_is_quiet(string now) =>
        Assert.That(CutiWarnings(At(now)), Is.Empty);

    [TestCase("2026-10-02T00:00:00+07:00", ", 90 day(s) left")]
    [TestCase("2026-10-01T17:00:00+00:00", ", 90 day(s) left")]
    [TestCase("2026-12-31T23:59:00+07:00", ", which is today (0 days left)")]
    [TestCase("2026-12-31T17:00:00+00:00", "; its coverage ended 1 day(s) ago")]
    [TestCase("2027-02-01T09:00:00+07:00", "; its coverage ended 32 day(s) ago")]
    public void Today_is_read_in_the_calendars_zone_and_an_ended_coverage_is_said_to_have_ended(string now, string state) =>
        Assert.That(CutiWarnings(At(now)).Single().Message, Does.StartWith($"calendar 'id-asn' lists holidays only up to 2026-12-31{state}: "));

    [Test]
    public void Without_a_calendar_key_the_warning_names_the_default_calendar_at_the_start_of_the_file()
    {
        var warning = CoverageWarnings(Folder, "contoh.yaml", DefinitionText.Header + End, At("2026-12-01T09:00:00+07:00")).Single();

        Assert.That(warning.Position, Is.EqualTo(SourcePosition.Start));
        Assert.That(warning.Message, Does.StartWith("the default calendar 'id-asn' lists holidays only up to 2026-12-31, 30 day(s) left"));
    }

    [Test]
    public void A_zone_calendar_sends_the_reader_to_the_file_that_states_its_coverage()
    {
        var yaml = DefinitionText.Header.Replace("agency: bkpsdm-magetan\n", "agency: bkpsdm-magetan\ncalendar: id-asn-wit\n", StringComparison.Ordinal) + End;

        var warning = CoverageWarnings(Folder, "contoh.yaml", yaml, At("2026-12-01T09:00:00+09:00")).Single();

        Assert.That(warning.Position.Line, Is.EqualTo(5));
        Assert.That(warning.Message, Does.StartWith("calendar 'id-asn-wit' lists holidays only up to 2026-12-31"));
        Assert.That(warning.Message, Does.EndWith("add the next year's decree to workflows/calendars/id-asn.yaml and extend 'covers'"));
    }

    [Test]
    public void Without_a_clock_coverage_is_not_checked() =>
        Assert.That(Folder.LoadDefinition(Cuti).Diagnostics.Where(d => d.Code == DiagnosticCodes.CoverageEnding), Is.Empty);

    [Test]
    public void A_calendar_without_covers_never_warns_and_its_child_with_covers_does()
    {
        var root = Directory.CreateTempSubdirectory("workflows-coverage-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "calendars"));
            File.WriteAllText(Path.Combine(root, "calendars", "plain.yaml"), """
                id: plain
                time_zone: Asia/Jakarta
                hours: { monday: ["08:00-16:00"] }
                """);
            File.WriteAllText(Path.Combine(root, "calendars", "short.yaml"), "id: short\nextends: plain\ncovers: { from: 2025-01-01, to: 2025-12-31 }\n");
            var folder = WorkflowsFolder.Open(root);
            string Using(string calendar) =>
                DefinitionText.Header.Replace("agency: bkpsdm-magetan\n", $"agency: bkpsdm-magetan\ncalendar: {calendar}\n", StringComparison.Ordinal) + End;

            Assert.That(folder.Calendars.Diagnostics, Is.Empty);
            Assert.That(CoverageWarnings(folder, "contoh.yaml", Using("plain"), At("2099-12-31T00:00:00+07:00")), Is.Empty);
            Assert.That(CoverageWarnings(folder, "contoh.yaml", Using("short"), At("2026-01-01T00:00:00+07:00")).Single().Message,
                Does.Contain("its coverage ended 1 day(s) ago").And.Contain("workflows/calendars/short.yaml"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
