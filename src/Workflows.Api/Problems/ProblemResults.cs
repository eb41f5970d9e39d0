using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Infrastructure.Results;

namespace Workflows.Api.Problems;

/// <summary>
/// RFC 9457 problem details for every failure: <c>type</c> names the reason (<c>urn:workflows:problem:&lt;code&gt;</c>),
/// <c>detail</c> says what happened, and the <c>code</c> and <c>errors</c> extensions list what is wrong item by item.
/// </summary>
public static class ProblemResults
{
    public const string TypePrefix = "urn:workflows:problem:";

    /// <summary>Items listed in <c>errors</c>; the rest are counted in one last line, so no failure makes a huge answer.</summary>
    public const int MaxErrors = 50;

    public static ProblemHttpResult From(Failure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var extensions = new Dictionary<string, object?> { ["code"] = failure.Code };
        if (!failure.Errors.IsEmpty)
        {
            extensions["errors"] = failure.Errors.Length <= MaxErrors + 1
                ? failure.Errors
                : [.. failure.Errors.Take(MaxErrors), $"and {failure.Errors.Length - MaxErrors} more"];
        }

        if (failure.Diagnostics.Count > 0)
        {
            extensions["diagnostics"] = Views.DiagnosticView.FirstOf(failure.Diagnostics, MaxErrors);
            extensions["diagnosticCount"] = failure.Diagnostics.Count;
        }

        return TypedResults.Problem(failure.Detail, statusCode: StatusOf(failure.Kind), title: TitleOf(failure.Kind), type: TypePrefix + failure.Code, extensions: extensions);
    }

    public static ProblemHttpResult Of(int status, string code, string detail, params IEnumerable<string> errors) =>
        From(new Failure(KindOf(status), code, detail, [.. errors]));

    public static int StatusOf(FailureKind kind) => kind switch
    {
        FailureKind.NotFound => StatusCodes.Status404NotFound,
        FailureKind.Forbidden => StatusCodes.Status403Forbidden,
        FailureKind.Conflict => StatusCodes.Status409Conflict,
        FailureKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        FailureKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        FailureKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        _ => StatusCodes.Status400BadRequest,
    };

    private static FailureKind KindOf(int status) =>
        Enum.GetValues<FailureKind>().FirstOrDefault(k => StatusOf(k) == status, FailureKind.BadRequest);

    private static string TitleOf(FailureKind kind) => kind switch
    {
        FailureKind.NotFound => "Not found",
        FailureKind.Forbidden => "Not allowed",
        FailureKind.Conflict => "Conflict with the current state",
        FailureKind.Unprocessable => "The request cannot be carried out",
        FailureKind.TooLarge => "Too large",
        FailureKind.UnsupportedMediaType => "Unsupported media type",
        _ => "Bad request",
    };
}
