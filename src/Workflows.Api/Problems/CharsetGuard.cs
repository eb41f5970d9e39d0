using Workflows.Infrastructure.Results;

namespace Workflows.Api.Problems;

/// <summary>
/// Request bodies are UTF-8 (JSON and YAML alike); a body that declares another charset is refused with 415 before any
/// endpoint tries to decode it, rather than failing inside the JSON reader.
/// </summary>
internal sealed class CharsetGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var charset = context.Request.ContentLength is 0 ? null : ContentCharset(context.Request.ContentType);
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            await ProblemResults.Of(StatusCodes.Status415UnsupportedMediaType, FailureCodes.UnsupportedCharset,
                $"Request bodies must be UTF-8; this one declares charset '{charset}'.").ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static string? ContentCharset(string? contentType) =>
        contentType is not null && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media) && media.Charset.HasValue
            ? media.Charset.Value.Trim('"')
            : null;
}
