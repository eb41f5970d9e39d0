using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Workflows.Infrastructure;
using Workflows.Infrastructure.Results;

namespace Workflows.Api.Problems;

/// <summary>
/// Every request body has a limit: the endpoint's own (<see cref="BodyLimit"/>) or <c>Workflows:MaxJsonBodyBytes</c>.
/// A declared length over it is refused before anything is read; a body without one (chunked) is counted as it is read
/// and refused the moment it passes the limit. Either way the answer is a 413 problem naming the limit.
/// </summary>
internal sealed class BodySizeLimit(RequestDelegate next, IOptions<WorkflowsOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var own = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        var limit = own ?? options.Value.MaxJsonBodyBytes;
        var setting = own is null ? $"{WorkflowsOptions.Section}:{nameof(WorkflowsOptions.MaxJsonBodyBytes)}" : "of this endpoint";
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
        {
            // Kestrel's own stop sits past ours, so a chunked body over the limit meets ours first and gets the named problem.
            server.MaxRequestBodySize = limit > long.MaxValue / 2 ? long.MaxValue : limit * 2;
        }

        if (context.Request.ContentLength > limit)
        {
            await RefuseAsync(context, limit, setting);
            return;
        }

        var original = context.Request.Body;
        var capped = new CappedBody(original, limit, setting);
        context.Request.Body = capped;
        try
        {
            await next(context);
        }
        catch (Exception) when (capped.Exceeded && !context.Response.HasStarted)
        {
            // Whoever read the body (the JSON binder, the idempotency hash, the form reader) may wrap the exception.
            context.Response.Clear();
        }
        finally
        {
            context.Request.Body = original;
        }

        if (capped.Exceeded && !context.Response.HasStarted && context.Response.StatusCode != StatusCodes.Status413PayloadTooLarge)
        {
            context.Response.Clear();
            await RefuseAsync(context, limit, setting);
        }
    }

    /// <summary>
    /// The 413 problem, on a connection that closes after it: the rest of the body is never read, so the client must not
    /// send its next request down the same connection.
    /// </summary>
    private static Task RefuseAsync(HttpContext context, long limit, string setting)
    {
        context.Response.Headers.Connection = "close";
        return TooLarge(limit, setting).ExecuteAsync(context);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge(long limit, string setting) =>
        ProblemResults.Of(StatusCodes.Status413PayloadTooLarge, FailureCodes.BodyTooLarge, CappedBody.Detail(limit, setting));
}
