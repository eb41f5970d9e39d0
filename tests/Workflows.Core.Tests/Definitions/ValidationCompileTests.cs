using System.Globalization;
using System.Text;
using System.Text.Json;
using Workflows.Core.Calendars;
using Workflows.Core.Definitions;
using Workflows.Core.Definitions.Json;
using Workflows.Core.Definitions.Validation;

namespace Workflows.Core.Tests.Definitions;

/// <summary>
/// The server imports the workflows folder by validating each file (known ids, schedule rules, calendar coverage) and
/// keeps that compiled form as the one instances run on, where a stored version is otherwise compiled without any of
/// them. That is sound only if the context adds diagnostics and never changes the definition: checked for every file.
/// </summary>
public sealed class ValidationCompileTests
{
    private static readonly WorkflowsFolder Folder = WorkflowsFolder.Open(RepositoryPaths.Workflows);

    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-06-01T09:00:00+07:00", CultureInfo.InvariantCulture);

    public static IEnumerable<TestCaseData> DefinitionFiles() =>
        WorkflowFiles.Expand([RepositoryPaths.Workflows], [])
            .Where(f => !WorkflowFiles.IsCalendarFile(f))
            .Select(f => new TestCaseData(f).SetArgDisplayNames(Path.GetRelativePath(RepositoryPaths.Workflows, f)));

    [TestCaseSource(nameof(DefinitionFiles))]
    public void Validation_compiles_the_same_definition_as_the_run_time(string file)
    {
        var yaml = File.ReadAllBytes(file);
        var validation = DefinitionLoader.Load(file, yaml, Folder.Context with
        {
            Schedules = new ScheduleRules(ScheduleRules.DefaultMinimumInterval, Now),
            Coverage = Folder.CoverageAt(Now),
        }).Definition;
        var runTime = DefinitionLoader.Load(file, yaml, new CompileContext(Folder.Context.Calendars, null) { Schedules = null }).Definition;

        Assert.That(validation, Is.Not.Null);
        Assert.That(runTime, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(Json(validation!), Is.EqualTo(Json(runTime!)));
            Assert.That(validation!.Schedule?.Cron, Is.EqualTo(runTime!.Schedule?.Cron));
            Assert.That(validation.Schedule?.TimeZone, Is.EqualTo(runTime.Schedule?.TimeZone));
            Assert.That(validation.Schedule?.Data.ToDictionary(d => d.Key, d => d.Value.GetRawText()),
                Is.EqualTo(runTime.Schedule?.Data.ToDictionary(d => d.Key, d => d.Value.GetRawText())));
        });
    }

    private static string Json(WorkflowDefinition definition)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            DefinitionJsonWriter.Write(json, definition);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
