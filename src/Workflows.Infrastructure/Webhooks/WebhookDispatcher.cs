using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Infrastructure.Observability;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Wakeups;

namespace Workflows.Infrastructure.Webhooks;

/// <summary>
/// POSTs queued webhook deliveries, signed, on every node. A batch is leased (its next attempt moved past the HTTP
/// timeout) in a short transaction with <c>SKIP LOCKED</c>, then sent outside any transaction; a 2xx answer marks it
/// delivered, anything else schedules a retry with exponential back-off until <see cref="WebhookOptions.MaxAttempts"/>.
/// Each attempt is counted in the metrics once the batch's outcome is saved.
/// </summary>
internal sealed class WebhookDispatcher(
    IServiceScopeFactory scopes, IHttpClientFactory clients, WebhookSignal signal, TimeProvider time, IOptions<WebhookOptions> options, ILogger<WebhookDispatcher> logger)
    : WakeableWorker(signal, time, logger)
{
    public const string Client = "webhooks";
    private const int BatchSize = 50;

    protected override async Task<DateTimeOffset?> WorkAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        while (await SendBatchAsync(db, cancellationToken) == BatchSize)
        {
        }

        return await db.WebhookDeliveries.Where(d => d.Status == WebhookDeliveryStatus.Pending)
            .MinAsync(d => (DateTimeOffset?)d.NextAttemptAt, cancellationToken);
    }

    private async Task<int> SendBatchAsync(WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        var lease = now + options.Value.Timeout * 2;
        // The status is written out, not a parameter, so the planner can use the partial index on it.
        var batch = await db.WebhookDeliveries.FromSql($"""
            UPDATE workflows.webhook_deliveries SET next_attempt_at = {lease}
            WHERE id IN (SELECT id FROM workflows.webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= {now}
                         ORDER BY next_attempt_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        var ids = batch.Select(d => d.WebhookId).Distinct().ToList();
        var webhooks = await db.Webhooks.AsNoTracking().Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, cancellationToken);
        await Task.WhenAll(batch.Select(d => SendAsync(d, webhooks[d.WebhookId], cancellationToken)));
        await db.SaveChangesAsync(cancellationToken);
        UnitOfWork.ForgetTracked(db);
        foreach (var delivery in batch)
        {
            // Still pending after an attempt means another one follows.
            WorkflowsMetrics.WebhookDelivery(delivery.Status == WebhookDeliveryStatus.Pending ? "retrying" : delivery.Status);
        }

        return batch.Count;
    }

    private async Task SendAsync(WebhookDeliveryRow delivery, WebhookRow webhook, CancellationToken cancellationToken)
    {
        delivery.Attempts++;
        delivery.LastStatusCode = null;
        // Where an https URL goes is checked when connecting, after its name is resolved (WebhookConnector). Plain http
        // is checked again here at every try: a row stored under a development setting since turned off.
        if (!webhook.Url.StartsWith("https:", StringComparison.OrdinalIgnoreCase) && WebhookUrl.Problem(webhook.Url, options.Value.AllowLoopbackHttp) is not null)
        {
            delivery.LastError = DeliveryError.Refused;
        }
        else
        {
            await PostAsync(delivery, webhook, cancellationToken);
        }

        var now = Time.GetUtcNow();
        if (delivery.LastError is null)
        {
            delivery.Status = WebhookDeliveryStatus.Delivered;
            delivery.DeliveredAt = now;
        }
        else if (delivery.Attempts >= options.Value.MaxAttempts)
        {
            delivery.Status = WebhookDeliveryStatus.Failed;
        }
        else
        {
            var wait = options.Value.FirstRetry * Math.Pow(2, delivery.Attempts - 1);
            delivery.NextAttemptAt = now + (wait < options.Value.MaxRetry ? wait : options.Value.MaxRetry);
        }
    }

    /// <summary>
    /// POSTs one delivery and notes the status; the body of the answer is never read (only its status line and headers),
    /// so a receiver cannot hold the dispatcher or fill its memory, and the log holds a fixed text, not what it said.
    /// </summary>
    private async Task PostAsync(WebhookDeliveryRow delivery, WebhookRow webhook, CancellationToken cancellationToken)
    {
        var timestamp = Time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(WebhookSignature.EventHeader, delivery.Type);
        request.Headers.Add(WebhookSignature.EventIdHeader, delivery.EventId.ToString());
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Compute(webhook.Secret, timestamp, delivery.Payload));
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.Timeout);
            using var response = await clients.CreateClient(Client).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            delivery.LastStatusCode = (int)response.StatusCode;
            delivery.LastError = response.IsSuccessStatusCode ? null : DeliveryError.Status(response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException or WebhookAddressRefusedException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            delivery.LastError = DeliveryError.Of(e);
        }
    }
}
