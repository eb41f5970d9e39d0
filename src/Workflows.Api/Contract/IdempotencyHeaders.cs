using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Workflows.Api.Idempotency;

namespace Workflows.Api.Contract;

/// <summary>
/// The idempotency part of a state-changing operation: the <c>Idempotency-Key</c> header parameter, and on its success
/// answers the replay header, plus <c>Idempotent-Redacted</c> where the endpoint declares <see cref="ReplayRedacted"/>.
/// </summary>
internal static class IdempotencyHeaders
{
    public static void Document(OpenApiOperation operation, IEnumerable<object> metadata)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyMiddleware.Header,
            In = ParameterLocation.Header,
            Description = "Makes the request safe to retry: the first answer is kept and a retry with the same key (same user, same request) "
                + $"gets it back unchanged, marked with `{IdempotencyMiddleware.ReplayedHeader}: true`. 1 to 200 characters; a key reused for a different request is refused (422).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 200 },
        });
        var redacted = metadata.OfType<ReplayRedacted>().FirstOrDefault();
        foreach (var success in (operation.Responses ?? []).Where(r => r.Key.StartsWith('2')).Select(r => r.Value).OfType<OpenApiResponse>())
        {
            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            success.Headers[IdempotencyMiddleware.ReplayedHeader] = new OpenApiHeader
            {
                Description = "Present (`true`) when this answer is the stored answer to an earlier request with the same `Idempotency-Key`.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("true")] },
            };
            if (redacted is not null)
            {
                success.Headers[IdempotencyMiddleware.RedactedHeader] = new OpenApiHeader
                {
                    Description = $"Present on a replay: the stored answer leaves out `{redacted.Removed}`, which is shown only once, in the first answer.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(redacted.Removed)] },
                };
            }
        }
    }
}
