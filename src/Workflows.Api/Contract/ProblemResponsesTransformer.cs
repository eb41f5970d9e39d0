using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Workflows.Infrastructure.Results;

namespace Workflows.Api.Contract;

/// <summary>
/// Turns what an endpoint declares (<see cref="ProblemCodes"/>, its authorization, its body) into the problem answers of
/// its operation: one response per status, each the shared <c>Problem</c> schema with <c>code</c> narrowed to the
/// codes that status can carry there. State-changing operations also get their idempotency headers (<see cref="IdempotencyHeaders"/>).
/// </summary>
internal sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    public const string ProblemMediaType = "application/problem+json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var method = context.Description.HttpMethod ?? "GET";
        var codes = new List<string>(metadata.OfType<ProblemCodes>().SelectMany(p => p.Codes));
        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        if (authorize.Count > 0)
        {
            codes.Add(FailureCodes.Unauthenticated);
        }

        if (authorize.Any(a => a.Policy is not null || a.Roles is not null))
        {
            codes.Add(FailureCodes.Forbidden);
        }

        if (operation.Parameters is { Count: > 0 } || operation.RequestBody is not null)
        {
            codes.Add(FailureCodes.BadRequest);
        }

        if (!HttpMethods.IsGet(method) && !HttpMethods.IsDelete(method))
        {
            codes.AddRange([FailureCodes.BodyTooLarge, FailureCodes.UnsupportedCharset]);
        }

        if (operation.RequestBody?.Content?.ContainsKey("application/json") == true)
        {
            codes.Add(FailureCodes.MalformedJson);
        }

        var idempotent = HttpMethods.IsPost(method) && authorize.Count > 0;
        if (idempotent)
        {
            codes.AddRange([FailureCodes.BadIdempotencyKey, FailureCodes.IdempotencyKeyReused]);
            IdempotencyHeaders.Document(operation, metadata);
        }

        codes.AddRange([FailureCodes.DatabaseUnavailable, FailureCodes.InternalError]);
        operation.Responses ??= [];
        foreach (var (status, ofStatus) in codes.Distinct(StringComparer.Ordinal)
            .SelectMany(c => ProblemStatuses.Of(c).Select(s => (Status: s, Code: c)))
            .Where(p => p.Status != StatusCodes.Status415UnsupportedMediaType || p.Code != FailureCodes.BadRequest || operation.RequestBody is not null)
            .GroupBy(p => p.Status).OrderBy(g => g.Key).Select(g => (g.Key, g.Select(p => p.Code).Order(StringComparer.Ordinal).ToList())))
        {
            operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = ProblemResponse(status, ofStatus, context.Document!);
        }

        return Task.CompletedTask;
    }

    private static OpenApiResponse ProblemResponse(int status, List<string> codes, OpenApiDocument document)
    {
        var narrowed = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. codes.Select(c => (JsonNode)JsonValue.Create(c))] },
            },
        };
        var response = new OpenApiResponse
        {
            Description = $"{ReasonOf(status)}: a problem document whose `code` is one of {string.Join(", ", codes.Select(c => $"`{c}`"))}.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemMediaType] = new() { Schema = new OpenApiSchema { AllOf = [new OpenApiSchemaReference(ContractDocumentTransformer.ProblemSchema, document), narrowed] } },
            },
        };
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before retrying.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
            };
        }

        return response;
    }

    private static string ReasonOf(int status) => status switch
    {
        400 => "The request is malformed",
        401 => "No valid bearer token",
        403 => "Not allowed for this caller",
        404 => "Not found (or not visible to the caller's agency)",
        409 => "Conflicts with the current state",
        413 => "The body is too large",
        415 => "Unsupported media type or charset",
        422 => "The request cannot be carried out",
        503 => "The database cannot be reached; retry after `Retry-After` seconds",
        _ => "The server failed to handle the request",
    };
}
