namespace Workflows.Infrastructure.Persistence;

/// <summary>An integrator's endpoint: events of the listed types in one agency are POSTed to it, signed with its secret.</summary>
public sealed class WebhookRow
{
    public Guid Id { get; init; }

    public required string Agency { get; init; }

    public required string Url { get; init; }

    /// <summary>Contract type names (e.g. <c>TaskOverdue</c>); empty means every event.</summary>
    public List<string> EventTypes { get; init; } = [];

    /// <summary>The HMAC-SHA256 key; shown once, when the webhook is registered.</summary>
    public required string Secret { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool Active { get; set; } = true;
}
