namespace Workflows.Infrastructure.Results;

/// <summary>The kinds of failure the web host turns into problem details (404, 403, 409, 422, 400).</summary>
public enum FailureKind
{
    NotFound,
    Forbidden,
    Conflict,
    Unprocessable,
    BadRequest,
    TooLarge,
    UnsupportedMediaType,
}
