namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// One line of the append-only trail of the directory: who created, changed, imported, deactivated a user or reset
/// their password, and when. Passwords and their hashes never appear in it.
/// </summary>
public sealed class UserAuditRow
{
    public long Id { get; init; }

    public required string Agency { get; init; }

    /// <summary>The user the change is about.</summary>
    public required string UserId { get; init; }

    /// <summary>Who made the change.</summary>
    public required string Actor { get; init; }

    /// <summary>E.g. <c>user-created</c>, <c>user-updated</c>, <c>user-deactivated</c>, <c>user-imported</c>, <c>password-reset</c>.</summary>
    public required string Action { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The entry as written (jsonb), without secrets.</summary>
    public required string Detail { get; init; }
}
