using System.Diagnostics;
using System.Text.Json;

namespace Workflows.Cli.Tests;

[NonParallelizable]
public sealed class CliTests
{
    private const string Cuti = "workflows/bkpsdm-magetan/fasilitasi-izin-cuti.yaml";

    [Test]
    public void Validate_passes_on_the_shipped_workflows_folder()
    {
        var run = CliRun.Of("validate", "workflows/");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Out + run.Error);
        Assert.That(run.Out, Is.Empty);
        Assert.That(run.Error, Does.Match("file\\(s\\) checked: 0 error\\(s\\)"));
    }

    [Test]
    public void Validate_prints_file_line_col_message_and_fails()
    {
        var fixture = Path.GetRelativePath(RepositoryPaths.Root, RepositoryPaths.Fixture("cuti-broken.yaml"));

        var run = CliRun.Of("validate", fixture);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.OutLines, Does.Contain($"{fixture}:44:12: actor of step 'buat-draft' 'pelaksana-tu' is not a declared role"));
        Assert.That(run.OutLines, Has.All.Match("^.+:\\d+:\\d+: .+$"));
        Assert.That(run.Out, Does.Not.Contain("warning:"));
    }

    [Test]
    public void Lint_adds_warnings_but_still_passes_a_valid_definition()
    {
        var run = CliRun.Of("lint", Cuti);

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.OutLines, Has.Some.Match($"^{Cuti}:\\d+:\\d+: warning: the longest path .* more than the service standard total '3 hari kerja'"));
    }

    [Test]
    public void Inspect_json_gives_the_compiled_definition()
    {
        var run = CliRun.Of("inspect", Cuti, "--json");
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        var steps = root.GetProperty("steps").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(0));
            Assert.That(root.GetProperty("id").GetString(), Is.EqualTo("bkpsdm-magetan.fasilitasi-izin-cuti"));
            Assert.That(root.GetProperty("calendar").GetString(), Is.EqualTo("id-asn"));
            Assert.That(root.GetProperty("serviceStandard").GetProperty("total").GetProperty("max").GetProperty("unit").GetString(), Is.EqualTo("working-days"));
            Assert.That(steps.Select(s => s.GetProperty("id").GetString()), Is.EqualTo(new[]
            {
                "isi-formulir", "periksa-kelengkapan", "buat-draft", "telaah-draft", "setujui-surat", "disposisi", "tandatangani", "serahkan", "selesai",
            }));
            Assert.That(steps[1].GetProperty("kind").GetString(), Is.EqualTo("decision"));
            Assert.That(steps[1].GetProperty("outcomes")[1].GetProperty("next").GetString(), Is.EqualTo("isi-formulir"));
            Assert.That(steps[1].GetProperty("duration").GetRawText(),
                Is.EqualTo("""{"text":"30 menit","min":null,"max":{"amount":30,"unit":"minutes"}}""").IgnoreWhiteSpace);
            Assert.That(steps[0].GetProperty("next")[0].GetProperty("to").GetString(), Is.EqualTo("periksa-kelengkapan"));
            Assert.That(steps[8].GetProperty("duration").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [TestCase("2025-04-01T10:00:00+07:00", "2 jam", "id-asn", """{"due":"2025-04-08T09:30:00+07:00","earliest":null,"provisional":false,"covers_to":"2026-12-31"}""")]
    [TestCase("2025-04-01T10:00", "2 jam", "id-asn", """{"due":"2025-04-08T09:30:00+07:00","earliest":null,"provisional":false,"covers_to":"2026-12-31"}""")]
    [TestCase("2026-01-05T08:00:00+09:00", "1 – 6 bulan", "id-asn-wit",
        """{"due":"2026-07-05T08:00:00+09:00","earliest":"2026-02-05T08:00:00+09:00","provisional":false,"covers_to":"2026-12-31"}""")]
    [TestCase("2026-01-05T08:00:00+08:00", "Menyesuaikan", "id-asn-wita", """{"due":null,"earliest":null,"provisional":false,"covers_to":"2026-12-31"}""")]
    [TestCase("2026-12-30T10:00:00+07:00", "3 hari kerja", "id-asn", """{"due":"2027-01-05T16:00:00+07:00","earliest":null,"provisional":true,"covers_to":"2026-12-31"}""")]
    [TestCase("2026-12-20T10:00:00+07:00", "3 bulan", "id-asn", """{"due":"2027-03-20T10:00:00+07:00","earliest":null,"provisional":false,"covers_to":"2026-12-31"}""")]
    public void Due_prints_due_and_earliest(string start, string duration, string calendar, string expected)
    {
        var run = CliRun.Of("due", "--calendar", calendar, "--start", start, "--duration", duration, "--calendars", "workflows/calendars", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out.Trim(), Is.EqualTo(expected));
    }

    [Test]
    public void Due_says_in_words_when_a_due_time_is_provisional()
    {
        var run = CliRun.Of("due", "--calendar", "id-asn", "--start", "2026-12-30T10:00", "--duration", "3 hari kerja", "--calendars", "workflows/calendars");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.OutLines, Is.EqualTo(new[]
        {
            "due: 2027-01-05T16:00:00+07:00", "earliest: -",
            "provisional: calendar 'id-asn' lists holidays for 2025-01-01 – 2026-12-31 only; a decree for later dates may move this due time",
        }));
    }

    [TestCase("2026-11-01T09:00:00+07:00", true)]
    [TestCase("2027-02-01T09:00:00+07:00", true)]
    [TestCase("2026-06-01T09:00:00+07:00", false)]
    public void Lint_warns_on_the_calendar_key_when_the_calendars_coverage_ends_within_90_days(string today, bool warns)
    {
        var run = CliRun.In(RepositoryPaths.Root, new FixedClock(DateTimeOffset.Parse(today, System.Globalization.CultureInfo.InvariantCulture)), "lint", Cuti);
        var coverage = run.OutLines.Where(l => l.Contains("lists holidays only up to", StringComparison.Ordinal)).ToList();

        Assert.That(run.ExitCode, Is.EqualTo(0), "warnings do not fail lint");
        Assert.That(coverage, warns
            ? Has.Exactly(1).Match($"^{Cuti}:13:\\d+: warning: calendar 'id-asn' lists holidays only up to 2026-12-31.*workflows/calendars/id-asn.yaml and extend 'covers'$")
            : Is.Empty);
    }

    [Test]
    public void Validate_does_not_print_the_coverage_warning()
    {
        var run = CliRun.In(RepositoryPaths.Root, new FixedClock(DateTimeOffset.Parse("2027-02-01T09:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture)),
            "validate", "workflows/");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Out + run.Error);
        Assert.That(run.Out, Is.Empty);
    }

    [Test]
    public void Inspect_shows_the_coverage_of_the_definitions_calendar()
    {
        var run = CliRun.Of("inspect", Cuti);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.OutLines, Does.Contain("calendar id-asn lists holidays for 2025-01-01 – 2026-12-31"));
    }

    [TestCase(new[] { "frobnicate" }, 2)]
    [TestCase(new string[0], 2)]
    [TestCase(new[] { "validate" }, 2)]
    [TestCase(new[] { "due", "--calendar", "id-asn", "--start", "kemarin", "--duration", "1 jam" }, 2)]
    [TestCase(new[] { "due", "--calendar", "id-bali", "--start", "2025-01-01T00:00", "--duration", "1 jam" }, 1)]
    [TestCase(new[] { "due", "--calendar", "id-asn", "--start", "2025-01-01T00:00", "--duration", "sebentar" }, 1)]
    [TestCase(new[] { "inspect", "tidak-ada.yaml" }, 1)]
    [TestCase(new[] { "validate", "tidak-ada/" }, 1)]
    [TestCase(new[] { "inspect", Cuti, "--yaml" }, 2)]
    public void Bad_command_lines_exit_with_a_message(string[] args, int code)
    {
        var run = CliRun.Of(args);

        Assert.That(run.ExitCode, Is.EqualTo(code));
        Assert.That(run.Error, Is.Not.Empty);
    }

    [Test]
    public void The_built_command_is_called_workflows()
    {
        var dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "workflows.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [dll, "validate", "workflows/"])
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000);

        Assert.That(process.ExitCode, Is.EqualTo(0), error.Result);
        Assert.That(error.Result, Does.Contain("0 error(s)"));
    }
}
