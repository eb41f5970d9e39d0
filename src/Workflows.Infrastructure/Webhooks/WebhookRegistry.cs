using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Infrastructure.Messaging;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Results;

namespace Workflows.Infrastructure.Webhooks;

/// <summary>Registering, listing and removing webhooks of an agency, and reading their delivery log.</summary>
public sealed class WebhookRegistry(WorkflowsDbContext db, TimeProvider time, IOptions<WebhookOptions> options)
{
    /// <summary>The event types a webhook may ask for: the contract type names.</summary>
    public static IReadOnlyCollection<string> EventTypes => [.. Outbox.Types.Keys.Order(StringComparer.Ordinal)];

    public async Task<Outcome<WebhookRow>> RegisterAsync(string agency, string user, string? url, IReadOnlyList<string>? events, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (WebhookUrl.Problem(url, options.Value.AllowLoopbackHttp) is { } problem)
        {
            errors.Add(problem);
        }

        errors.AddRange((events ?? []).Where(e => !Outbox.Types.ContainsKey(e)).Select(e => $"events: '{e}' is not an event type (known: {string.Join(", ", EventTypes)})"));
        if (errors.Count > 0)
        {
            return Failure.Unprocessable(FailureCodes.InvalidWebhook, "The webhook cannot be registered.", errors);
        }

        // The count and the insert are serialised per agency, so concurrent registrations cannot pass the limit together.
        await using var work = await UnitOfWork.BeginAsync(db, cancellationToken);
        var lockName = "webhooks:" + agency;
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({lockName}))", cancellationToken);
        var limit = options.Value.MaxPerAgency;
        if (await db.Webhooks.CountAsync(w => w.Agency == agency, cancellationToken) >= limit)
        {
            return Failure.Conflict(FailureCodes.WebhookLimit, $"The agency has {limit} webhooks, the most it may have ({WebhookOptions.Section}:{nameof(WebhookOptions.MaxPerAgency)}); remove one first.");
        }

        var row = new WebhookRow
        {
            Id = Guid.CreateVersion7(),
            Agency = agency,
            Url = new Uri(url!).ToString(),
            EventTypes = [.. (events ?? []).Distinct(StringComparer.Ordinal)],
            Secret = WebhookSignature.NewSecret(),
            CreatedBy = user,
            CreatedAt = time.GetUtcNow(),
        };
        db.Webhooks.Add(row);
        await work.CommitAsync(cancellationToken);
        return row;
    }

    public Task<List<WebhookRow>> ListAsync(string? agency, CancellationToken cancellationToken) =>
        db.Webhooks.AsNoTracking().Where(w => agency == null || w.Agency == agency).OrderBy(w => w.CreatedAt).ToListAsync(cancellationToken);

    public Task<WebhookRow?> FindAsync(Guid id, string? agency, CancellationToken cancellationToken) =>
        db.Webhooks.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id && (agency == null || w.Agency == agency), cancellationToken);

    public async Task<bool> RemoveAsync(Guid id, string? agency, CancellationToken cancellationToken) =>
        await db.Webhooks.Where(w => w.Id == id && (agency == null || w.Agency == agency)).ExecuteDeleteAsync(cancellationToken) > 0;

    public Task<List<WebhookDeliveryRow>> DeliveriesAsync(Guid id, string? status, int limit, CancellationToken cancellationToken) =>
        db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == id && (status == null || d.Status == status))
            .OrderByDescending(d => d.Id).Take(limit).ToListAsync(cancellationToken);
}
