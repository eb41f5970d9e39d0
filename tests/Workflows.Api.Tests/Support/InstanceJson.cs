using System.Text.Json.Nodes;

namespace Workflows.Api.Tests.Support;

/// <summary>Reading the parts of an instance (instance view) that the stories check.</summary>
public static class InstanceJson
{
    public static Guid Id(this JsonObject instance) => Guid.Parse(instance["id"]!.GetValue<string>());

    public static string Status(this JsonObject instance) => instance["status"]!.GetValue<string>();

    public static IReadOnlyList<string> OpenSteps(this JsonObject instance) =>
        [.. instance["openSteps"]!.AsArray().Select(s => s!["step"]!.GetValue<string>())];

    /// <summary>The task id of the open step <paramref name="step"/>; fails if the instance is not there.</summary>
    public static Guid Task(this JsonObject instance, string step)
    {
        var open = instance["openSteps"]!.AsArray().FirstOrDefault(s => s!["step"]!.GetValue<string>() == step);
        Assert.That(open, Is.Not.Null, $"step '{step}' is not open; open: {string.Join(", ", instance.OpenSteps())}");
        return Guid.Parse(open!["taskId"]!.GetValue<string>());
    }

    public static IReadOnlyList<string> DocumentTypes(this JsonObject instance) =>
        [.. instance["documents"]!.AsArray().Select(d => d!["type"]!.GetValue<string>())];
}
