using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Workflows.Api.Contract;

/// <summary>
/// The document-wide part of the contract: <c>info</c> (with the version under <see cref="ContractVersion"/>'s policy),
/// tag descriptions, server URLs without a trailing slash, the shared <c>Problem</c> schema, and named schemas for the
/// free-form JSON an instance carries (<c>InstanceData</c>, <c>JsonElement</c>), so generated clients get typed maps.
/// </summary>
internal sealed class ContractDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string ProblemSchema = "Problem";
    public const string DataSchema = "InstanceData";
    public const string ValueSchema = "JsonElement";

    private static readonly Dictionary<string, string> Tags = new(StringComparer.Ordinal)
    {
        ["Definitions"] = "SOP definitions in the YAML language: validate, create draft versions, publish and retire (administrators); read (everyone in the agency).",
        ["Instances"] = "Running SOPs (instances): start one with its data and intake documents, read it with its open steps and due times, its audit trail, cancel it, record messages.",
        ["Tasks"] = "The inbox of staff: tasks are the open human steps of instances; claim, release, complete; supervisors reassign.",
        ["Documents"] = "Files handed in with an instance or produced by a task: upload first, then refer to them by id.",
        ["Supervision"] = "Escalations of overrun mutu baku (service standards) and overdue tasks, for supervisors.",
        ["Away periods"] = "My dinas-luar, cuti and other absences, with a delegate who receives my work meanwhile.",
        ["Notifications"] = "What happened to my work, newest first.",
        ["Integration"] = "Webhooks (signed event deliveries) and the inbox of messages from other systems, for agency administrators.",
        ["Calendars"] = "The working calendars due times are computed in, and re-timing open steps after a holiday list changes.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Workflows API",
            Version = ContractVersion.Current,
            Description = "Runs Indonesian government SOPs as state machines: definitions, instances, tasks, documents, supervision. "
                + "Every failure is an RFC 9457 problem document (`application/problem+json`) with a stable `code`; the codes each operation "
                + "can answer with are listed in its responses. State-changing requests accept an `Idempotency-Key`. " + ContractVersion.Policy,
            Contact = new OpenApiContact { Name = "Workflows maintainers" },
            License = new OpenApiLicense { Name = "Proprietary", Identifier = "LicenseRef-Proprietary" },
        };
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/') is { Length: > 0 } trimmed ? trimmed : "/";
        }

        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        var schemas = document.Components.Schemas;
        schemas[ValueSchema] = AnyJson();
        schemas["JsonNode"] = AnyJson();
        schemas[DataSchema] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An instance's data: field name to value, as the definition's `data` section declares them.",
            AdditionalProperties = new OpenApiSchemaReference(ValueSchema, document),
        };
        schemas[ProblemSchema] = ProblemDocument.Schema(document);
        foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
        {
            FreeFormObjects.Type(schema, document);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Any JSON value. Nested members are described one level deep, not by a reference to itself: Kiota cannot
    /// resolve a schema that refers to itself.
    /// </summary>
    private static OpenApiSchema AnyJson() => new()
    {
        Type = Scalars | JsonSchemaType.Array | JsonSchemaType.Object,
        Description = "Any JSON value.",
        Items = new OpenApiSchema { Type = Scalars | JsonSchemaType.Object },
        AdditionalProperties = new OpenApiSchema { Type = Scalars | JsonSchemaType.Array | JsonSchemaType.Object, Items = new OpenApiSchema { Type = Scalars } },
    };

    private const JsonSchemaType Scalars = JsonSchemaType.Null | JsonSchemaType.Boolean | JsonSchemaType.Number | JsonSchemaType.String;
}
