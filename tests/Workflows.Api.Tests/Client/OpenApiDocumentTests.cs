using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Client;

/// <summary>
/// The committed OpenAPI document (<c>src/Workflows.Client/openapi/v1.json</c>) is the contract the .NET client is
/// generated from, so it must be what the server serves. <c>make openapi</c> runs this test with
/// <see cref="WriteSetting"/> set, which writes the served document over the committed one instead of comparing.
/// </summary>
public sealed class OpenApiDocumentTests
{
    /// <summary>Set to 1 by <c>make openapi</c>: the test refreshes the committed document.</summary>
    public const string WriteSetting = "WORKFLOWS_OPENAPI_WRITE";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string Committed => Path.Combine(TestWorkflowsFolder.RepositoryRoot(), "src", "Workflows.Client", "openapi", "v1.json");

    [Test]
    public async Task The_served_document_is_the_committed_contract_the_client_is_generated_from()
    {
        using var anonymous = WorkflowsServer.Factory.CreateClient();
        var served = Normalize(JsonNode.Parse(await anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!.AsObject());
        if (Environment.GetEnvironmentVariable(WriteSetting) == "1")
        {
            await File.WriteAllTextAsync(Committed, served.ToJsonString(Indented) + "\n");
            Assert.Pass($"wrote the served document to {Committed}");
        }

        var committed = File.Exists(Committed) ? JsonNode.Parse(await File.ReadAllTextAsync(Committed)) : null;
        Assert.That(JsonNode.DeepEquals(served, committed), Is.True,
            $"The served /openapi/v1.json differs from {Committed} (first at {FirstDifference(served, committed, "#")}). Run `make openapi` to refresh the committed document, "
            + "then `make build` to regenerate the client from it, and commit the document.");
    }

    /// <summary>The JSON pointer of the first place where <paramref name="served"/> and <paramref name="committed"/> differ.</summary>
    private static string FirstDifference(JsonNode? served, JsonNode? committed, string at)
    {
        if (served is JsonObject a && committed is JsonObject b)
        {
            var name = a.Select(p => p.Key).Union(b.Select(p => p.Key)).FirstOrDefault(k => !JsonNode.DeepEquals(a[k], b[k]));
            return name is null ? at : FirstDifference(a[name], b[name], $"{at}/{name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}");
        }

        if (served is JsonArray x && committed is JsonArray y && x.Count == y.Count)
        {
            var index = Enumerable.Range(0, x.Count).FirstOrDefault(i => !JsonNode.DeepEquals(x[i], y[i]), -1);
            return index < 0 ? at : FirstDifference(x[index], y[index], $"{at}/{index}");
        }

        return at;
    }

    /// <summary>
    /// The document without its <c>servers</c>: those name the host that served it (the test host here, a real address in
    /// a deployment), which a client is given when it is made, not when it is generated.
    /// </summary>
    private static JsonObject Normalize(JsonObject document)
    {
        document.Remove("servers");
        return document;
    }
}
