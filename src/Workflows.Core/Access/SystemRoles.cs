namespace Workflows.Core.Access;

/// <summary>
/// What a user may do in the service, as opposed to the SOP actor roles (<c>analis-kepegawaian</c>, ...) that decide
/// which tasks are offered to them.
/// </summary>
public static class SystemRoles
{
    public const string Admin = "admin";
    public const string Staff = "staff";
    public const string Supervisor = "supervisor";

    /// <summary>Sees and administers every agency.</summary>
    public const string PlatformAdmin = "platform-admin";
}
