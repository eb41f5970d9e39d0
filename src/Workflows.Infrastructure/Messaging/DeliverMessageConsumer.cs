using MassTransit;
using Microsoft.Extensions.Logging;
using Workflows.Contracts.V1;

namespace Workflows.Infrastructure.Messaging;

/// <summary>
/// Takes <see cref="DeliverMessage"/> commands from the bus to the message inbox. A failure (database down) throws, so
/// the transport retries and finally moves the message to its error queue; outcomes the sender cannot fix (no such
/// case, refused by the case) are recorded, not thrown.
/// </summary>
internal sealed partial class DeliverMessageConsumer(MessageInbox inbox, ILogger<DeliverMessageConsumer> logger) : IConsumer<DeliverMessage>
{
    public async Task Consume(ConsumeContext<DeliverMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await inbox.ReceiveAsync(context.Message, context.CancellationToken);
        LogReceived(logger, context.Message.MessageName, context.Message.MessageId, result.Status);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Message '{Name}' ({MessageId}) from the bus: {Status}")]
    private static partial void LogReceived(ILogger logger, string name, Guid messageId, InboundStatus status);
}
