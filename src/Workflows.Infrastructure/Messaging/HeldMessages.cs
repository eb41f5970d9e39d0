using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Documents;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Infrastructure.Messaging;

/// <summary>Messages that came before their instance reached the receive step, taken when it does.</summary>
public sealed class HeldMessages(WorkflowsDbContext db, DocumentStore documents, TimeProvider time)
{
    public const string Held = "held";
    public const string Consumed = "consumed";
    public const string Rejected = "rejected";

    /// <summary>
    /// The oldest held message for a receive step that just opened, marked consumed, as the command that delivers it
    /// (run in the same transaction as the step's opening).
    /// </summary>
    public async Task<(InboundMessageRow Held, InstanceCommand Deliver)?> TakeAsync(Guid instanceId, string agency, string message, CancellationToken cancellationToken)
    {
        var held = await db.InboundMessages
            .Where(m => m.InstanceId == instanceId && m.MessageName == message && m.Status == Held)
            .OrderBy(m => m.ReceivedAt).FirstOrDefaultAsync(cancellationToken);
        if (held is null)
        {
            return null;
        }

        held.Status = Consumed;
        held.ConsumedAt = time.GetUtcNow();
        var references = JsonSerializer.Deserialize<List<DocumentReference>>(held.Documents, Outbox.Json) ?? [];
        var supplied = await documents.ResolveAsync(references, agency, instanceId, cancellationToken);
        var data = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(held.Data, Outbox.Json) ?? [];
        return (held, new ReceiveMessage(Actor.System, message, data, supplied.Succeeded ? supplied.Value : ImmutableArray<SuppliedDocument>.Empty));
    }
}
