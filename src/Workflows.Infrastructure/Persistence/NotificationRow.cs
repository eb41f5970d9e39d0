namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// A message for people: a reminder to an assignee (or the role's pool), an escalation to a supervisor role, or a
/// daily digest. Read through <c>GET /notifications</c>; the message-event layer relays the same facts to integrators.
/// </summary>
public sealed class NotificationRow
{
    public long Id { get; init; }

    public required string Agency { get; init; }

    /// <summary>The user it is for, or null when it is for everyone holding <see cref="ToRole"/>.</summary>
    public string? ToUser { get; init; }

    public string? ToRole { get; init; }

    /// <summary><c>reminder</c>, <c>escalation</c> or <c>digest</c>.</summary>
    public required string Kind { get; init; }

    public Guid? InstanceId { get; init; }

    public Guid? TaskId { get; init; }

    public required string Text { get; init; }

    /// <summary>Details as JSON (jsonb).</summary>
    public required string Detail { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
