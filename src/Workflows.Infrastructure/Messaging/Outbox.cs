using System.Text.Json;
using Workflows.Contracts.V1;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Messaging;

/// <summary>Adds events to the outbox in the caller's unit of work, so they commit (or not) with the change they report.</summary>
internal static class Outbox
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Contract types by name, for the relay to turn a row back into the message it publishes.</summary>
    public static readonly IReadOnlyDictionary<string, Type> Types = typeof(IWorkflowEvent).Assembly.GetTypes()
        .Where(t => t.IsClass && typeof(IWorkflowEvent).IsAssignableFrom(t))
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static void Add(WorkflowsDbContext db, IWorkflowEvent message) =>
        db.Outbox.Add(new OutboxRow
        {
            EventId = message.EventId,
            Type = message.GetType().Name,
            Agency = message.Agency,
            InstanceId = message.InstanceId,
            Payload = PayloadOf(message),
            CreatedAt = message.OccurredAt,
        });

    /// <summary>The JSON the relay reads back for <paramref name="message"/>: every writer of outbox rows uses it.</summary>
    internal static string PayloadOf(IWorkflowEvent message) => JsonSerializer.Serialize(message, message.GetType(), Json);
}
