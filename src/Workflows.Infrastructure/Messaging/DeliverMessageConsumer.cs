using MassTransit;
using Microsoft.Extensions.Logging;
using Workflows.Contracts.V1;

namespace Workflows.Infrastructure.Messaging;

/// <summary>
/// Takes <see cref="DeliverMessage"/> commands from the bus to the bus inbox. A failure (database down, an instance that
/// keeps changing under it) throws, so the transport retries and finally moves the message to its error queue;
/// outcomes the sender cannot fix (no id, not signed by the agency, no such instance, refused by the instance) are recorded,
/// not thrown.
/// </summary>
internal sealed partial class DeliverMessageConsumer(BusInbox inbox, ILogger<DeliverMessageConsumer> logger) : IConsumer<DeliverMessage>
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
