namespace Workflows.Api.Auth;

/// <summary>The token claims the service reads.</summary>
public static class ClaimNames
{
    public const string User = "sub";
    public const string Agency = "agency";
    public const string Roles = "roles";
    public const string Actors = "actors";
}
