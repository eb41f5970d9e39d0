using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Api.Tests.Contract;

/// <summary>
/// The request and answer examples are checked against their schemas by the lint <see cref="OpenApiLintTests"/> runs:
/// Redocly's recommended <c>no-invalid-media-type-examples</c> (no properties beyond the schema's). This proves the
/// rule is on and reaches every example, by breaking each one in a copy of the served document and reading the lint.
/// </summary>
public sealed class ExampleLintTests
{
    private const string Rule = "no-invalid-media-type-examples";

    [Test]
    public async Task The_lint_checks_every_example_against_its_schema()
    {
        var path = await OpenApiTools.ServedDocumentAsync("served-broken-examples.json");
        var document = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        var broken = new List<string>();
        foreach (var (pointer, media) in MediaTypes(document))
        {
            if (media.ContainsKey("example"))
            {
                media["example"] = "not what the schema says";
                broken.Add(pointer + "/example");
            }
        }

        await File.WriteAllTextAsync(path, document.ToJsonString());
        var (_, output) = await OpenApiTools.RunAsync("redocly", "lint", Path.GetFileName(path), "--extends=recommended", "--format=json", "--max-problems=500");
        var reported = Problems(output).Where(p => p!["ruleId"]?.GetValue<string>() == Rule)
            .SelectMany(p => p!["location"]!.AsArray().Select(l => l!["pointer"]!.GetValue<string>())).ToList();

        Assert.That(broken, Has.Count.GreaterThanOrEqualTo(6), "the examples of startInstance, completeTask, getInstance and listMyTasks");
        Assert.That(reported, Is.EquivalentTo(broken), output);
        var ignored = await File.ReadAllTextAsync(Path.Combine(OpenApiTools.Folder, ".redocly.lint-ignore.yaml"));
        Assert.That(ignored, Does.Not.Contain(Rule), "no example is excused from the lint");
    }

    /// <summary>Every request and answer media type, with its JSON pointer.</summary>
    private static IEnumerable<(string Pointer, JsonObject Media)> MediaTypes(JsonNode document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var at = $"#/paths/{Escape(path)}/{method}";
                var bodies = new List<(string, JsonNode?)> { ($"{at}/requestBody", operation!["requestBody"]) };
                bodies.AddRange(operation!["responses"]?.AsObject().Select(r => ($"{at}/responses/{r.Key}", r.Value)) ?? []);
                foreach (var (where, body) in bodies)
                {
                    foreach (var (type, media) in body?["content"]?.AsObject() ?? [])
                    {
                        yield return ($"{where}/content/{Escape(type)}", media!.AsObject());
                    }
                }
            }
        }
    }

    /// <summary>The problems of Redocly's JSON report, which its standard output starts with.</summary>
    private static JsonArray Problems(string output)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(output[output.IndexOf('{', StringComparison.Ordinal)..]), new JsonReaderOptions { AllowMultipleValues = true });
        return JsonNode.Parse(ref reader)!["problems"]!.AsArray();
    }

    private static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
