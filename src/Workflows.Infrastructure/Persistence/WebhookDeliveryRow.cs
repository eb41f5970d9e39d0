namespace Workflows.Infrastructure.Persistence;

/// <summary>One event for one webhook: tried until the endpoint answers 2xx, with back-off, up to a limit.</summary>
public sealed class WebhookDeliveryRow
{
    public long Id { get; init; }

    public Guid WebhookId { get; init; }

    public Guid EventId { get; init; }

    public required string Type { get; init; }

    /// <summary>The body POSTed (jsonb).</summary>
    public required string Payload { get; init; }

    /// <summary><c>pending</c>, <c>delivered</c> or <c>failed</c> (gave up).</summary>
    public required string Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
