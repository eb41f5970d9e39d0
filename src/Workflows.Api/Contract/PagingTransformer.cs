using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Workflows.Api.Contract;

/// <summary>
/// Documents a paged list from its <see cref="Paging"/> metadata: the bounds of <c>limit</c>, what <c>after</c> means, and
/// the <c>Link</c> header of the success answer where the endpoint sends one. A declaration that does not match the
/// endpoint's parameters fails the document, so the two cannot drift apart.
/// </summary>
internal sealed class PagingTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<Paging>().FirstOrDefault() is not { } paging)
        {
            return Task.CompletedTask;
        }

        var query = (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query)
            .ToDictionary(p => p.Name ?? "", StringComparer.Ordinal);
        if (!query.TryGetValue(Paging.LimitParameter, out var limit))
        {
            throw new InvalidOperationException($"{operation.OperationId} is declared paged but takes no `{Paging.LimitParameter}` query parameter.");
        }

        limit.Description = $"How many items to answer with: {paging.DefaultLimit} when not given, at most {paging.MaxLimit}. "
            + $"A value below 1 is read as 1, one above {paging.MaxLimit} as {paging.MaxLimit}.";
        limit.Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Format = "int32",
            Minimum = "1",
            Maximum = paging.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Default = JsonValue.Create(paging.DefaultLimit),
        };
        if (query.TryGetValue(Paging.AfterParameter, out var after))
        {
            after.Description = "The `id` of the last item already seen: only the items after it are answered, oldest first."
                + (paging.NextLink ? " The `Link` header of a page gives the next page with it set." : "");
        }
        else if (paging.NextLink)
        {
            throw new InvalidOperationException($"{operation.OperationId} links to a next page but takes no `{Paging.AfterParameter}` cursor.");
        }

        if (paging.NextLink)
        {
            foreach (var success in (operation.Responses ?? []).Where(r => r.Key.StartsWith('2')).Select(r => r.Value).OfType<OpenApiResponse>())
            {
                success.Headers ??= new Dictionary<string, IOpenApiHeader>();
                success.Headers[Paging.LinkHeader] = new OpenApiHeader
                {
                    Description = "Present while more items follow: `<URL>; rel=\"next\"` (RFC 8288), the next page: this request with `after` "
                        + "set to the last `id` of this page. Absent on the last page.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        }

        return Task.CompletedTask;
    }
}
