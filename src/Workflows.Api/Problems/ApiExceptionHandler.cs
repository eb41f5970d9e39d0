using Microsoft.AspNetCore.Diagnostics;
using Npgsql;
using Workflows.Infrastructure.Results;

namespace Workflows.Api.Problems;

/// <summary>
/// The last line: malformed requests become 400/413/415 problems, a database that cannot be reached becomes 503 with
/// <c>Retry-After</c>, and anything else a 500 problem without internals.
/// </summary>
internal sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException { InnerException: System.Text.Json.JsonException json } =>
                ProblemResults.Of(StatusCodes.Status400BadRequest, FailureCodes.MalformedJson, $"The body does not fit this request: {json.Message}"),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } tooLarge =>
                ProblemResults.Of(StatusCodes.Status413PayloadTooLarge, FailureCodes.BodyTooLarge, tooLarge.Message),
            BadHttpRequestException bad => ProblemResults.Of(bad.StatusCode, FailureCodes.BadRequest, bad.Message),
            System.Text.Json.JsonException json => ProblemResults.Of(StatusCodes.Status400BadRequest, FailureCodes.MalformedJson, json.Message),
            _ when IsUnavailable(exception) => Unavailable(httpContext),
            _ => null,
        };
        if (problem is null)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            problem = TypedResults.Problem("The server failed to handle the request; it has been logged.", statusCode: 500, type: ProblemResults.TypePrefix + FailureCodes.InternalError);
        }

        await problem.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>A database that is down or restarting, anywhere in the chain (EF wraps what Npgsql throws).</summary>
    private static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException or NpgsqlException { IsTransient: true } or NpgsqlException { InnerException: System.Net.Sockets.SocketException }
                or PostgresException { SqlState: "57P01" or "57P02" or "57P03" } || e is PostgresException p && p.SqlState.StartsWith("08", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Unavailable(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "5";
        return TypedResults.Problem("The database cannot be reached; retry shortly.", statusCode: 503, type: ProblemResults.TypePrefix + FailureCodes.DatabaseUnavailable);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
