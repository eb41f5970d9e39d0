using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Wakeups;

namespace Workflows.Infrastructure.Messaging;

/// <summary>
/// Relays committed outbox events to the bus (and queues them for matching webhooks), oldest first, on every node:
/// batches are claimed with <c>FOR UPDATE SKIP LOCKED</c> and marked published in the same transaction, after the
/// broker accepted them. If the broker is down the batch stays unpublished and is tried again with back-off, so the
/// outbox drains when the broker returns; a crash between publishing and commit publishes again (at least once,
/// with the same message id).
/// </summary>
internal sealed class OutboxRelay(
    IServiceScopeFactory scopes, IBus bus, OutboxSignal signal, TimeProvider time, IOptions<BusOptions> options, ILogger<OutboxRelay> logger)
    : WakeableWorker(signal, time, logger)
{
    /// <summary>How long the relay lets events gather after a wake, so a busy node relays batches, not single events.</summary>
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(50);

    protected override async Task<DateTimeOffset?> WorkAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Gather, Time, cancellationToken);
        while (await RelayBatchAsync(cancellationToken) == options.Value.BatchSize)
        {
        }

        return null;
    }

    private async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        await using var work = await UnitOfWork.BeginAsync(db, cancellationToken);
        var batch = await db.Outbox.FromSql($"""
            SELECT * FROM workflows.outbox WHERE published_at IS NULL ORDER BY id LIMIT {options.Value.BatchSize} FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        foreach (var row in batch)
        {
            var type = Outbox.Types[row.Type];
            var message = JsonSerializer.Deserialize(row.Payload, type, Outbox.Json)!;
            await bus.Publish(message, type, context => context.MessageId = row.EventId, timeout.Token);
        }

        var now = Time.GetUtcNow();
        var webhooks = await db.Webhooks.AsNoTracking().Where(w => w.Active).ToListAsync(cancellationToken);
        foreach (var row in batch)
        {
            row.PublishedAt = now;
            row.Attempts++;
            foreach (var webhook in webhooks.Where(w => w.Agency == row.Agency && (w.EventTypes.Count == 0 || w.EventTypes.Contains(row.Type))))
            {
                db.WebhookDeliveries.Add(new WebhookDeliveryRow
                {
                    WebhookId = webhook.Id,
                    EventId = row.EventId,
                    Type = row.Type,
                    Payload = row.Payload,
                    Status = WebhookDeliveryStatus.Pending,
                    NextAttemptAt = now,
                    CreatedAt = now,
                });
            }
        }

        await work.CommitAsync(cancellationToken);
        return batch.Count;
    }
}
