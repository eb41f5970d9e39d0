namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// A message from outside that could not be delivered when it came: <c>held</c> until its instance reaches the receive
/// step (then <c>consumed</c>), or <c>unmatched</c> (no such instance) / <c>rejected</c> (the instance refused it), kept for
/// administrators instead of being dropped.
/// </summary>
public sealed class InboundMessageRow
{
    public Guid Id { get; init; }

    public Guid? MessageId { get; init; }

    public required string Agency { get; init; }

    public required string MessageName { get; init; }

    public Guid? InstanceId { get; init; }

    public string? DefinitionId { get; init; }

    public string? BusinessKey { get; init; }

    public string? Sender { get; init; }

    /// <summary>The data fields it brings (jsonb object).</summary>
    public required string Data { get; init; }

    /// <summary>Its documents as <c>[{ "id", "type" }]</c> (jsonb), already stored.</summary>
    public required string Documents { get; init; }

    public required string Status { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset? ConsumedAt { get; set; }
}
