using Workflows.Core.Calendars;
using Workflows.Core.Definitions;
using Workflows.Core.Diagnostics;

namespace Workflows.Core.Tests.Definitions;

/// <summary>Every definition under <c>workflows/</c> validates: a new file is covered without writing a test.</summary>
public sealed class ShippedDefinitionsTests
{
    private static readonly WorkflowsFolder Folder = WorkflowsFolder.Open(RepositoryPaths.Workflows);

    public static IEnumerable<TestCaseData> DefinitionFiles() =>
        WorkflowFiles.Expand([RepositoryPaths.Workflows], [])
            .Where(f => !WorkflowFiles.IsCalendarFile(f))
            .Select(f => new TestCaseData(f).SetArgDisplayNames(Path.GetRelativePath(RepositoryPaths.Workflows, f)));

    [TestCaseSource(nameof(DefinitionFiles))]
    public void Validates(string file)
    {
        var result = Folder.LoadDefinition(file);

        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
    }

    [Test]
    public void Shipped_calendars_have_no_problems() => Assert.That(Folder.Calendars.Diagnostics, Is.Empty);

    [Test]
    public void Cuti_sample_has_the_eight_steps_of_SOP_PKAP_02_and_a_three_working_day_total()
    {
        var cuti = Folder.LoadDefinition(Path.Combine(RepositoryPaths.Workflows, "bkpsdm-magetan", "fasilitasi-izin-cuti.yaml")).Definition!;

        Assert.Multiple(() =>
        {
            Assert.That(cuti.Id, Is.EqualTo("bkpsdm-magetan.fasilitasi-izin-cuti"));
            Assert.That(cuti.Source.Number, Is.EqualTo("SOP/PKAP/02"));
            Assert.That(cuti.Steps.Count(s => s.Kind != StepKind.End), Is.EqualTo(8));
            Assert.That(cuti.ServiceStandard!.Total.Text, Is.EqualTo("3 hari kerja"));
            Assert.That(cuti.Step("periksa-kelengkapan").Outcomes.Select(o => o.Target), Is.EqualTo(new[] { "buat-draft", "isi-formulir" }));
        });
    }

    [Test]
    public void Lint_reports_that_the_cuti_table_adds_up_to_more_than_its_service_standard()
    {
        var warning = Folder.LoadDefinition(Path.Combine(RepositoryPaths.Workflows, "bkpsdm-magetan", "fasilitasi-izin-cuti.yaml"))
            .Warnings.Single(w => w.Code == DiagnosticCodes.LongestPathExceedsTotal);

        Assert.That(warning.Message, Does.Contain("about 5.8 hari kerja, more than the service standard total '3 hari kerja'"));
        Assert.That(warning.Message, Does.StartWith("the longest path (isi-formulir → periksa-kelengkapan → buat-draft"));
    }
}
