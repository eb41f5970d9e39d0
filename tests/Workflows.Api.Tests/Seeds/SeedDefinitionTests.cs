using Workflows.Api.Tests.Support;
using Workflows.Core.Calendars;
using Workflows.Core.Definitions;

namespace Workflows.Api.Tests.Seeds;

/// <summary>
/// Every definition under <c>workflows/</c>, run end to end through the server: a new file is covered without writing
/// code. The happy path ends with the service's product document; a definition with a decision that sends work back
/// also finishes after taking that loop once; every due time met on the way equals the calendar's.
/// </summary>
[NonParallelizable]
public sealed class SeedDefinitionTests
{
    private static readonly Lazy<WorkflowsFolder> Folder = new(() => WorkflowsFolder.Open(Path.Combine(TestWorkflowsFolder.RepositoryRoot(), "workflows")));

    public static IEnumerable<TestCaseData> Definitions() =>
        WorkflowFiles.Expand([Path.Combine(TestWorkflowsFolder.RepositoryRoot(), "workflows")], [])
            .Where(f => !WorkflowFiles.IsCalendarFile(f))
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(f).SetArgDisplayNames(Path.GetFileNameWithoutExtension(f)));

    /// <summary>Definitions with at least one decision, for the return-loop run.</summary>
    public static IEnumerable<TestCaseData> DefinitionsWithDecisions() =>
        Definitions().Where(c => Folder.Value.LoadDefinition((string)c.Arguments[0]!).Definition?.Steps.Any(s => s.Kind == StepKind.Decision) != false);

    [TearDown]
    public void PutTheClockBack() => WorkflowsServer.Clock.Reset();

    [TestCaseSource(nameof(Definitions))]
    public async Task Runs_its_happy_path_to_the_product_document(string file)
    {
        var definition = Load(file);
        var driver = Driver(definition, takeReturnLoop: false);

        var kasus = await driver.RunAsync($"SEED-{Guid.NewGuid():N}");

        AssertProduct(definition, kasus);
    }

    [TestCaseSource(nameof(DefinitionsWithDecisions))]
    public async Task Takes_a_return_loop_once_and_still_reaches_the_product(string file)
    {
        var definition = Load(file);
        var driver = Driver(definition, takeReturnLoop: true);
        var kasus = await driver.RunAsync($"SEED-LOOP-{Guid.NewGuid():N}");

        Assert.That(driver.ReturnTaken, Is.Not.Null, $"{definition.Id} has a decision but none of its outcomes leads back to an earlier step");
        AssertProduct(definition, kasus);
        if (definition.Steps.Any(s => s.Duration.HasStandard))
        {
            Assert.That(driver.DeadlinesChecked, Is.GreaterThan(0), "due times were checked against the calendar");
        }
    }

    private static WorkflowDefinition Load(string file)
    {
        var result = Folder.Value.LoadDefinition(file);
        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
        return result.Definition!;
    }

    private static SeedDriver Driver(WorkflowDefinition definition, bool takeReturnLoop)
    {
        var client = WorkflowsServer.Client($"seed-{definition.Id}", definition.Agency, ["staff", "supervisor"], [.. definition.Roles.Select(r => r.Id)]);
        return new SeedDriver(client, definition, Folder.Value.Calendars.Calendars[definition.Calendar]) { TakeReturnLoop = takeReturnLoop };
    }

    private static void AssertProduct(WorkflowDefinition definition, System.Text.Json.Nodes.JsonObject kasus)
    {
        Assert.That(kasus.Status(), Is.EqualTo("completed"));
        Assert.That(kasus["result"]?.GetValue<string>(), Is.Not.EqualTo("rejected"), "the happy path does not end in a rejection");
        Assert.That(definition.ServiceStandard?.Document, Is.Not.Null, $"{definition.Id} names no service_standard.document");
        Assert.That(kasus.DocumentTypes(), Does.Contain(definition.ServiceStandard!.Document), "the product document was handed over");
    }
}
