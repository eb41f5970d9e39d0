namespace Workflows.Api.Auth;

/// <summary>Authorization policies by system role; a platform administrator passes every one.</summary>
public static class Policies
{
    public const string Admin = "admin";
    public const string Staff = "staff";
    public const string Supervisor = "supervisor";
    public const string PlatformAdmin = "platform-admin";
}
