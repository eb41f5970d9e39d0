using Workflows.Testing;

namespace Workflows.Cli.Tests;

/// <summary>WF027 through the command: <c>validate</c> and <c>lint</c> point at a schedule's cron by file, line and column.</summary>
[NonParallelizable]
public sealed class ScheduleCronCommandTests
{
    [Test]
    public void Validate_and_lint_print_file_line_col_for_a_bad_cron()
    {
        var folder = Directory.CreateTempSubdirectory("wf027-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "feb.yaml"), Yaml("0 0 0 30 2 ?"));
            File.WriteAllText(Path.Combine(folder, "lalu.yaml"), Yaml("0 0 8 1 1 ? 2026").Replace("contoh", "lalu", StringComparison.Ordinal));
            var clock = new FixedClock(Now("2026-03-01T00:00:00Z"));

            foreach (var command in new[] { "validate", "lint" })
            {
                var run = CliRun.In(folder, clock, command, "feb.yaml", "lalu.yaml");

                Assert.That(run.ExitCode, Is.EqualTo(1), run.Out + run.Error);
                Assert.That(run.OutLines, Has.Some.Match(@"^feb\.yaml:5:20: schedule cron '0 0 0 30 2 \?' never fires"));
                Assert.That(run.OutLines, Has.Some.Match(@"^lalu\.yaml:5:20: schedule cron '0 0 8 1 1 \? 2026' never fires again"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A small valid definition whose schedule has the given cron, on line 5 from column 20.</summary>
    private static string Yaml(string cron) => ContohDefinition.Header(cron) + """
          - { id: isi, kind: task, actor: analis, next: selesai }
          - { id: selesai, kind: end }

        """;

    private static DateTimeOffset Now(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
