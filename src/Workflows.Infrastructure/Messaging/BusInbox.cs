using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Contracts.V1;
using Workflows.Infrastructure.Documents;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Infrastructure.Messaging;

/// <summary>
/// Messages from the bus. One without an id or without its agency's signature is refused: recorded with the reason,
/// never acted on, and not taken as a handled id. The rest are de-duplicated by agency and id through the inbox table,
/// in the same transaction as their effect, and correlated by instance id or by definition and business key. A
/// concurrent change of the instance is not the message's fault: the attempt is rolled back whole and tried again.
/// </summary>
public sealed class BusInbox(WorkflowsDbContext db, MessageInbox inbox, AgencySignatures signatures, DocumentStore documents, TimeProvider time)
{
    /// <summary>Attempts within one delivery before the consumer throws and the transport redelivers.</summary>
    public const int Attempts = 5;

    public async Task<InboundResult> ReceiveAsync(DeliverMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var refusal = message.MessageId == Guid.Empty
            ? "The message has no MessageId (it is Guid.Empty); give every message an id of its own."
            : signatures.Refusal(message);
        if (refusal is not null)
        {
            // Neither its data nor its documents are kept: they come from someone the agency did not vouch for.
            var bare = new InboundMessage(message.MessageId, message.Agency ?? string.Empty, message.MessageName ?? string.Empty, message.From,
                new Dictionary<string, JsonElement>(), []);
            return await inbox.RecordAsync(bare, null, message.DefinitionId, message.BusinessKey, MessageInbox.Refused, refusal, cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            if (await TryReceiveAsync(message, cancellationToken) is { } result)
            {
                return result;
            }

            if (attempt == Attempts)
            {
                throw new DbUpdateConcurrencyException($"Message {message.MessageId} met a concurrent change of its instance {Attempts} times; the transport delivers it again.");
            }

#pragma warning disable CA5394 // Jitter to part colliding writers, not a secret.
            var pause = TimeSpan.FromMilliseconds(Random.Shared.Next(10, 50) * attempt);
#pragma warning restore CA5394
            await Task.Delay(pause, time, cancellationToken);
        }
    }

    /// <summary>One attempt in one transaction; null when it met a concurrent change and was rolled back.</summary>
    private async Task<InboundResult?> TryReceiveAsync(DeliverMessage message, CancellationToken cancellationToken)
    {
        await using var work = await UnitOfWork.BeginAsync(db, cancellationToken);
        var first = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO workflows.inbox (agency, message_id, received_at) VALUES ({message.Agency}, {message.MessageId}, {time.GetUtcNow()}) ON CONFLICT DO NOTHING",
            cancellationToken);
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
                var refused = await inbox.RecordAsync(Inbound(message, stored), null, message.DefinitionId, message.BusinessKey, MessageInbox.Rejected, uploaded.Failure.Detail, cancellationToken);
                await work.CommitAsync(cancellationToken);
                return refused;
            }

            stored.Add(new DocumentReference(uploaded.Value.Id, document.Type));
        }

        var inbound = Inbound(message, stored);
        var row = await FindInstanceAsync(message, cancellationToken);
        var result = row is null
            ? await inbox.RecordAsync(inbound, null, message.DefinitionId, message.BusinessKey, MessageInbox.Unmatched,
                message.InstanceId is { } id ? $"There is no instance {id} in {message.Agency}." : $"No running instance of {message.DefinitionId} has the business key '{message.BusinessKey}'.",
                cancellationToken)
            : await inbox.DeliverOrHoldAsync(row, inbound, Core.Runtime.Actor.System, cancellationToken);
        if (result.Failure is { IsConcurrentChange: true })
        {
            // Nothing of this attempt stays: not the inbox row (the message was not applied), not its documents.
            await work.AbandonAsync();
            return null;
        }

        if (result.Failure is not null)
        {
            // Refused by the instance: recorded with the reason, so an administrator sees it and the sender is not asked again.
            result = await inbox.RecordAsync(inbound, row!.Id, row.DefinitionId, row.BusinessKey, MessageInbox.Rejected, result.Failure.Detail, cancellationToken);
        }

        await work.CommitAsync(cancellationToken);
        return result;
    }

    private static InboundMessage Inbound(DeliverMessage message, List<DocumentReference> stored) =>
        new(message.MessageId, message.Agency, message.MessageName, message.From, message.Data ?? new Dictionary<string, JsonElement>(), stored);

    private async Task<InstanceRow?> FindInstanceAsync(DeliverMessage message, CancellationToken cancellationToken)
    {
        if (message.InstanceId is { } id)
        {
            return await db.Instances.FirstOrDefaultAsync(i => i.Id == id && i.Agency == message.Agency, cancellationToken);
        }

        return message.DefinitionId is null || message.BusinessKey is null
            ? null
            : await db.Instances
                .Where(i => i.Agency == message.Agency && i.DefinitionId == message.DefinitionId && i.BusinessKey == message.BusinessKey && i.Status == InstanceStatuses.Running)
                .OrderByDescending(i => i.StartedAt).FirstOrDefaultAsync(cancellationToken);
    }
}
