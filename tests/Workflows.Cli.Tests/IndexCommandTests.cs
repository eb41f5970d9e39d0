namespace Workflows.Cli.Tests;

/// <summary><c>workflows index</c> and the index in <c>workflows/README.md</c>, which must list every definition.</summary>
[NonParallelizable]
public sealed class IndexCommandTests
{
    [Test]
    public void The_readme_index_is_what_workflows_index_prints_for_the_folder()
    {
        var run = CliRun.Of("index", "workflows/");
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("<!-- index:start -->\n", StringComparison.Ordinal) + "<!-- index:start -->\n".Length;
        var end = readme.IndexOf("<!-- index:end -->", StringComparison.Ordinal);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(readme[start..end], Is.EqualTo(run.Out.ReplaceLineEndings("\n")), "run `make index` after adding or changing a definition");
    }

    [Test]
    public void The_index_lists_at_least_47_definitions_from_every_seed_agency()
    {
        var run = CliRun.Of("index", "workflows/");

        var rows = run.OutLines.Where(l => l.StartsWith("| [`", StringComparison.Ordinal)).ToList();
        Assert.That(rows, Has.Count.GreaterThanOrEqualTo(47));
        foreach (var agency in new[] { "bkpsdm-magetan", "dputaru-rembang", "polibatam", "kota-metro", "disnakertrans-jatim" })
        {
            Assert.That(rows, Has.Some.Contains($"| {agency} |"), agency);
        }

        Assert.That(rows.Count(r => r.Contains("| bkpsdm-magetan |", StringComparison.Ordinal)), Is.EqualTo(39), "the 39 Standar Pelayanan of BKPSDM Magetan");
    }
}
