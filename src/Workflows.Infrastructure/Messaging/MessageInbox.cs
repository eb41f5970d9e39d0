using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Core.Definitions;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Documents;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Results;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Infrastructure.Messaging;

/// <summary>
/// Messages for receive steps. One that a waiting step takes is delivered through the engine; one that comes before
/// its instance reaches the receive step is held and delivered when it gets there (<see cref="HeldMessages"/>); one that
/// matches no instance, or that the instance refuses, is recorded for administrators — never dropped. Bus messages come in
/// through <see cref="BusInbox"/>.
/// </summary>
public sealed class MessageInbox(
    WorkflowsDbContext db, InstanceRunner runner, DefinitionVersions definitions, DocumentStore documents, TimeProvider time)
{
    public const string Held = HeldMessages.Held;
    public const string Consumed = HeldMessages.Consumed;
    public const string Unmatched = "unmatched";
    public const string Rejected = HeldMessages.Rejected;
    public const string Refused = "refused";

    /// <summary>
    /// Delivers to a waiting receive step, or holds the message when the instance has a receive step for it later on.
    /// Any other refusal comes back as <see cref="InboundResult.Failure"/>.
    /// </summary>
    public async Task<InboundResult> DeliverOrHoldAsync(InstanceRow row, InboundMessage message, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(message);
        var supplied = await documents.ResolveAsync(message.Documents, row.Agency, row.Id, cancellationToken);
        if (!supplied.Succeeded)
        {
            return new InboundResult(InboundStatus.Rejected, Failure: supplied.Failure);
        }

        var delivered = await runner.ExecuteAsync(row.Id, row.Agency, new ReceiveMessage(actor, message.Name, message.Data, supplied.Value), cancellationToken);
        if (delivered.Succeeded)
        {
            return new InboundResult(InboundStatus.Delivered, delivered.Value);
        }

        var definition = await definitions.CompiledAsync(row.DefinitionId, row.DefinitionVersion, cancellationToken);
        var later = row.Status == InstanceStatuses.Running && definition.ReceiversOf(message.Name).Count > 0;
        if (delivered.Failure.Rejection != RejectionCode.MessageNotExpected || !later)
        {
            return new InboundResult(InboundStatus.Rejected, Failure: delivered.Failure);
        }

        // Holding changes what the instance will do next, so it moves the instance's revision: a command that read the instance
        // before this commits (and may open the receive step without seeing the held message) conflicts and is tried
        // again; if such a command committed first, holding is the one that conflicts and is tried again.
        var moved = await db.Database.ExecuteSqlAsync(
            $"UPDATE workflows.instances SET revision = revision + 1 WHERE id = {row.Id} AND revision = {row.Revision}", cancellationToken);
        return moved == 0
            ? new InboundResult(InboundStatus.Rejected, Failure: Failure.ConcurrentChange())
            : await RecordAsync(message, row.Id, row.DefinitionId, row.BusinessKey, Held, "The instance has not reached the receive step yet.", cancellationToken);
    }

    public Task<List<InboundMessageRow>> ListAsync(string? agency, string? status, int limit, CancellationToken cancellationToken) =>
        db.InboundMessages.AsNoTracking()
            .Where(m => (agency == null || m.Agency == agency) && (status == null || m.Status == status))
            .OrderByDescending(m => m.ReceivedAt).Take(limit).ToListAsync(cancellationToken);

    /// <summary>Keeps a message that was not delivered, with its status and the reason, for administrators.</summary>
    public async Task<InboundResult> RecordAsync(
        InboundMessage message, Guid? instanceId, string? definitionId, string? businessKey, string status, string reason, CancellationToken cancellationToken)
    {
        var row = new InboundMessageRow
        {
            Id = Guid.CreateVersion7(),
            MessageId = message.MessageId,
            Agency = message.Agency,
            MessageName = message.Name,
            InstanceId = instanceId,
            DefinitionId = definitionId,
            BusinessKey = businessKey,
            Sender = message.Sender,
            Data = JsonSerializer.Serialize(message.Data, Outbox.Json),
            Documents = JsonSerializer.Serialize(message.Documents, Outbox.Json),
            Status = status,
            Reason = reason,
            ReceivedAt = time.GetUtcNow(),
        };
        db.InboundMessages.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        var kind = status switch { Held => InboundStatus.Held, Unmatched => InboundStatus.Unmatched, Refused => InboundStatus.Refused, _ => InboundStatus.Rejected };
        return new InboundResult(kind, Record: row.Id);
    }
}
