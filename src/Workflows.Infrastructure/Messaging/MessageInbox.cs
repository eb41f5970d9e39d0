using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Core.Definitions;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Documents;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Results;
using Workflows.Infrastructure.Runtime;
using EngineDeliver = Workflows.Core.Runtime.DeliverMessage;

namespace Workflows.Infrastructure.Messaging;

/// <summary>
/// Messages for receive steps. One that a waiting step takes is delivered through the engine; one that comes before
/// its case reaches the receive step is held and delivered when it gets there (<see cref="HeldMessages"/>); one that
/// matches no case, or that the case refuses, is recorded for administrators — never dropped. Bus messages are
/// de-duplicated by id through the inbox table, in the same transaction as their effect.
/// </summary>
public sealed class MessageInbox(
    WorkflowsDbContext db, CaseRunner runner, DefinitionVersions definitions, DocumentStore documents, TimeProvider time)
{
    public const string Held = HeldMessages.Held;
    public const string Consumed = HeldMessages.Consumed;
    public const string Unmatched = "unmatched";
    public const string Rejected = HeldMessages.Rejected;

    /// <summary>A message from the bus: de-duplicated, correlated by instance id or by definition and business key.</summary>
    public async Task<InboundResult> ReceiveAsync(
        Contracts.V1.DeliverMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var first = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO workflows.inbox (message_id, received_at) VALUES ({message.MessageId}, {now}) ON CONFLICT DO NOTHING", cancellationToken);
        if (first == 0)
        {
            return new InboundResult(InboundStatus.Duplicate);
        }

        var stored = new List<DocumentReference>();
        foreach (var document in message.Documents ?? [])
        {
            var uploaded = await documents.StoreAsync(message.Agency, $"bus:{message.From ?? "external"}", document.FileName, document.ContentType, document.Content, cancellationToken);
            if (!uploaded.Succeeded)
            {
                var refused = await RecordAsync(Inbound(message, stored), null, message.DefinitionId, message.BusinessKey, Rejected, uploaded.Failure.Detail, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return refused;
            }

            stored.Add(new DocumentReference(uploaded.Value.Id, document.Type));
        }

        var inbound = Inbound(message, stored);
        var row = await FindCaseAsync(message, cancellationToken);
        var result = row is null
            ? await RecordAsync(inbound, null, message.DefinitionId, message.BusinessKey, Unmatched,
                message.InstanceId is { } id ? $"There is no case {id} in {message.Agency}." : $"No running case of {message.DefinitionId} has the business key '{message.BusinessKey}'.",
                cancellationToken)
            : await DeliverOrHoldAsync(row, inbound, Actor.System, cancellationToken);
        if (result.Failure is not null)
        {
            // Refused by the case: recorded with the reason, so an administrator sees it and the sender is not asked again.
            result = await RecordAsync(inbound, row!.Id, row.DefinitionId, row.BusinessKey, Rejected, result.Failure.Detail, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Delivers to a waiting receive step, or holds the message when the case has a receive step for it later on.
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

        var delivered = await runner.ExecuteAsync(row.Id, row.Agency, new EngineDeliver(actor, message.Name, message.Data, supplied.Value), cancellationToken);
        if (delivered.Succeeded)
        {
            return new InboundResult(InboundStatus.Delivered, delivered.Value);
        }

        var definition = await definitions.CompiledAsync(row.DefinitionId, row.DefinitionVersion, cancellationToken);
        var later = row.Status == "running" && definition.Steps.Any(s => s.Kind == StepKind.Receive && s.Message == message.Name);
        return delivered.Failure.Code == "message-not-expected" && later
            ? await RecordAsync(message, row.Id, row.DefinitionId, row.BusinessKey, Held, "The case has not reached the receive step yet.", cancellationToken)
            : new InboundResult(InboundStatus.Rejected, Failure: delivered.Failure);
    }

    public Task<List<InboundMessageRow>> ListAsync(string? agency, string? status, int limit, CancellationToken cancellationToken) =>
        db.InboundMessages.AsNoTracking()
            .Where(m => (agency == null || m.Agency == agency) && (status == null || m.Status == status))
            .OrderByDescending(m => m.ReceivedAt).Take(limit).ToListAsync(cancellationToken);

    private static InboundMessage Inbound(Contracts.V1.DeliverMessage message, List<DocumentReference> stored) =>
        new(message.MessageId, message.Agency, message.MessageName, message.From, message.Data ?? new Dictionary<string, JsonElement>(), stored);

    private async Task<InstanceRow?> FindCaseAsync(Contracts.V1.DeliverMessage message, CancellationToken cancellationToken)
    {
        if (message.InstanceId is { } id)
        {
            return await db.Instances.FirstOrDefaultAsync(i => i.Id == id && i.Agency == message.Agency, cancellationToken);
        }

        return message.DefinitionId is null || message.BusinessKey is null
            ? null
            : await db.Instances
                .Where(i => i.Agency == message.Agency && i.DefinitionId == message.DefinitionId && i.BusinessKey == message.BusinessKey && i.Status == "running")
                .OrderByDescending(i => i.StartedAt).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<InboundResult> RecordAsync(
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
        var kind = status switch { Held => InboundStatus.Held, Unmatched => InboundStatus.Unmatched, _ => InboundStatus.Rejected };
        return new InboundResult(kind, Record: row.Id);
    }
}
