using System.Text.Json;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Api.Views;

/// <summary>A message kept for later: <c>POST /instances/{id}/messages/{name}</c> answers 202 with it.</summary>
public sealed record HeldMessageView(Guid Id, string Status, string Detail);

/// <summary>An inbound message that was held, consumed, unmatched or rejected, for administrators.</summary>
public sealed record InboundMessageView(
    Guid Id, Guid? MessageId, string MessageName, Guid? InstanceId, string? Definition, string? BusinessKey, string? Sender,
    string Status, string? Reason, JsonElement Documents, DateTimeOffset ReceivedAt, DateTimeOffset? ConsumedAt)
{
    public static InboundMessageView From(InboundMessageRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        using var documents = JsonDocument.Parse(row.Documents);
        return new(row.Id, row.MessageId, row.MessageName, row.InstanceId, row.DefinitionId, row.BusinessKey, row.Sender,
            row.Status, row.Reason, documents.RootElement.Clone(), row.ReceivedAt, row.ConsumedAt);
    }
}

/// <summary>A registered webhook; <see cref="Secret"/> only in the answer to its registration.</summary>
public sealed record WebhookView(Guid Id, string Url, IReadOnlyList<string> Events, DateTimeOffset CreatedAt, string CreatedBy, string? Secret)
{
    public static WebhookView From(WebhookRow row, bool withSecret = false)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.Url, row.EventTypes, row.CreatedAt, row.CreatedBy, withSecret ? row.Secret : null);
    }
}

/// <summary>One try-log line of a webhook: an event, its status, attempts and the last answer.</summary>
public sealed record WebhookDeliveryView(
    long Id, Guid EventId, string Type, string Status, int Attempts, int? LastStatusCode, string? LastError,
    DateTimeOffset NextAttemptAt, DateTimeOffset? DeliveredAt, DateTimeOffset CreatedAt)
{
    public static WebhookDeliveryView From(WebhookDeliveryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.EventId, row.Type, row.Status, row.Attempts, row.LastStatusCode, row.LastError, row.NextAttemptAt, row.DeliveredAt, row.CreatedAt);
    }
}

/// <summary><c>POST /webhooks</c>: the URL and the event types (contract names; empty: every event).</summary>
public sealed record RegisterWebhookRequest(string? Url, List<string>? Events);
