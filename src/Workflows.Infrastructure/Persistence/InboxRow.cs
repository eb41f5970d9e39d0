namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// A bus message already handled: a redelivered message with the same id changes nothing. Ids are per agency, so one
/// agency's sender cannot use up another's.
/// </summary>
public sealed class InboxRow
{
    public required string Agency { get; init; }

    public Guid MessageId { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
