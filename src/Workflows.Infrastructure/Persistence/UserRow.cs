namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// A person of an agency's directory: who they are, which system roles and SOP actor roles they hold, how to reach
/// them, and (in the embedded default) their local sign-in. A user is deactivated, never deleted, so history keeps
/// pointing at someone.
/// </summary>
public sealed class UserRow
{
    public required string Agency { get; init; }

    /// <summary>The NIP for civil servants; any stable id otherwise. Unique within the agency.</summary>
    public required string Id { get; init; }

    public required string Name { get; set; }

    /// <summary>The <i>jabatan</i>.</summary>
    public string? Position { get; set; }

    /// <summary>Unique within the agency (compared case-insensitively) when set.</summary>
    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary><c>staff</c>, <c>supervisor</c>, <c>admin</c>.</summary>
    public List<string> SystemRoles { get; set; } = [];

    /// <summary>SOP actor roles, e.g. <c>analis-kepegawaian</c>.</summary>
    public List<string> ActorRoles { get; set; } = [];

    public bool Active { get; set; } = true;

    /// <summary>The language of mails and the console: <c>id</c> (default) or <c>en</c>.</summary>
    public string Language { get; set; } = "id";

    /// <summary>Notification kinds sent by email one by one; kinds not listed arrive only in-app.</summary>
    public List<string> EmailKinds { get; set; } = [];

    /// <summary>Collect the day's notifications into one quiet daily digest mail instead of single mails.</summary>
    public bool DailyDigest { get; set; }

    /// <summary>ASP.NET Core Identity's <c>PasswordHasher</c> output; null when the user signs in elsewhere.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Set by an admin's reset: the one-time password must be changed at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }

    public int FailedSignIns { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
