namespace Workflows.Infrastructure.Persistence;

/// <summary>A bus message already handled: a redelivered message with the same id changes nothing.</summary>
public sealed class InboxRow
{
    public Guid MessageId { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
