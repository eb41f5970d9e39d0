using Microsoft.OpenApi;

namespace Workflows.Api.Contract;

/// <summary>
/// Objects the API passes through without a fixed shape (instance data, audit before/after, compiled definitions) are
/// typed as maps of JSON values, so a generated client gets <c>{ [key: string]: JsonElement }</c> rather than nothing.
/// </summary>
internal static class FreeFormObjects
{
    public static void Type(OpenApiSchema schema, OpenApiDocument document)
    {
        if (IsBare(schema) && schema != document.Components?.Schemas?[ContractDocumentTransformer.ValueSchema])
        {
            schema.AdditionalProperties = new OpenApiSchemaReference(ContractDocumentTransformer.ValueSchema, document);
        }

        foreach (var (name, property) in (schema.Properties ?? new Dictionary<string, IOpenApiSchema>()).ToList())
        {
            if (property is not OpenApiSchema inline)
            {
                continue;
            }

            if (name == "data" && IsBare(inline))
            {
                schema.Properties![name] = new OpenApiSchemaReference(ContractDocumentTransformer.DataSchema, document);
                if (inline.Type?.HasFlag(JsonSchemaType.Null) == true)
                {
                    schema.Required?.Remove(name);
                }
            }
            else
            {
                Type(inline, document);
            }
        }

        if (schema.Items is OpenApiSchema items)
        {
            Type(items, document);
        }
    }

    /// <summary>An object schema that says nothing about its members.</summary>
    private static bool IsBare(OpenApiSchema schema) =>
        schema.Type?.HasFlag(JsonSchemaType.Object) == true && schema.Properties is not { Count: > 0 } && schema.AdditionalProperties is null
        && schema.AllOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 };
}
