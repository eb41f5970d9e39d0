using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Workflows.Api.Contract;

/// <summary>
/// The web JSON options read numbers from strings too, so the generator types every integer as "integer or numeric
/// string". The server still accepts both, but the contract promises numbers (and answers with numbers), so clients
/// get <c>number</c>, not <c>number | string</c>.
/// </summary>
internal sealed class NumberSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String) && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        return Task.CompletedTask;
    }
}
