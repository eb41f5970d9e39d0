using Workflows.Infrastructure.Results;

namespace Workflows.Api.Problems;

/// <summary>
/// Problems the framework writes itself (an empty 401 from the token check, a 403 from a policy, a 404 of an unknown
/// route) and those written without a code (500, 503) get a <c>code</c> too, so every problem answer carries one.
/// </summary>
internal static class ProblemCodeFallback
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code"))
        {
            return;
        }

        var code = problem.Type is { } type && type.StartsWith(ProblemResults.TypePrefix, StringComparison.Ordinal)
            ? type[ProblemResults.TypePrefix.Length..]
            : problem.Status switch
            {
                StatusCodes.Status401Unauthorized => FailureCodes.Unauthenticated,
                StatusCodes.Status403Forbidden => FailureCodes.Forbidden,
                StatusCodes.Status404NotFound => FailureCodes.NotFound,
                StatusCodes.Status413PayloadTooLarge => FailureCodes.BodyTooLarge,
                StatusCodes.Status415UnsupportedMediaType => FailureCodes.UnsupportedMediaType,
                >= 500 => FailureCodes.InternalError,
                _ => FailureCodes.BadRequest,
            };
        problem.Extensions["code"] = code;
        problem.Type ??= ProblemResults.TypePrefix + code;
    }
}
