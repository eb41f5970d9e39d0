using Microsoft.OpenApi;
using Workflows.Infrastructure.Results;

namespace Workflows.Api.Contract;

/// <summary>The one problem schema every failure answer uses (RFC 9457 plus the <c>code</c>, <c>errors</c> and diagnostics extensions).</summary>
internal static class ProblemDocument
{
    public static OpenApiSchema Schema(OpenApiDocument document) => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details. `code` names the reason and never changes; `type` is `urn:workflows:problem:<code>`.",
        Required = new HashSet<string> { "type", "title", "status", "code" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("`urn:workflows:problem:` followed by the code."),
            ["title"] = Text("A short, human-readable summary of the kind of problem."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status." },
            ["detail"] = Text("What happened, for a person."),
            ["instance"] = Text("The request the problem is about."),
            ["code"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "The stable reason; each operation lists the codes it can answer with.",
                Enum = [.. FailureCodes.All.Order(StringComparer.Ordinal).Select(c => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(c))],
            },
            ["errors"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text("One thing that is wrong."), Description = "What is wrong, item by item." },
            ["diagnostics"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchemaReference("DiagnosticView", document),
                Description = "Validator messages with line and column, for a definition that does not validate.",
            },
            ["diagnosticCount"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "How many diagnostics there are in all." },
            ["traceId"] = Text("The trace of the request, for the server's logs."),
        },
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
