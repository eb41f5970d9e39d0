namespace Workflows.Infrastructure.Persistence;

/// <summary>The states of a webhook delivery.</summary>
public static class WebhookDeliveryStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
}
