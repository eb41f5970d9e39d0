namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// An event waiting to be relayed to the bus: written in the transaction of the change it reports, published after
/// commit by the outbox relay (at least once), then marked published.
/// </summary>
public sealed class OutboxRow
{
    public long Id { get; init; }

    /// <summary>The event's id, also the bus message id, so consumers can drop redeliveries.</summary>
    public Guid EventId { get; init; }

    /// <summary>The contract's type name in <c>Workflows.Contracts.V1</c>.</summary>
    public required string Type { get; init; }

    public required string Agency { get; init; }

    public Guid? InstanceId { get; init; }

    /// <summary>The event as JSON (jsonb).</summary>
    public required string Payload { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
