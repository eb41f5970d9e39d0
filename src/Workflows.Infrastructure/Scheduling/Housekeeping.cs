using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>
/// Deletes rows past their retention, as a Hangfire recurring job that one node runs: idempotency records older than
/// <see cref="WorkflowsOptions.IdempotencyRetention"/> (they are ignored on lookup already; this keeps the table from
/// growing with every keyed request) and notifications older than <see cref="HousekeepingOptions.NotificationRetention"/>.
/// A delete by age is harmless to repeat.
/// </summary>
public sealed partial class Housekeeping(
    WorkflowsDbContext db, TimeProvider time, IOptions<WorkflowsOptions> workflows, IOptions<HousekeepingOptions> options, ILogger<Housekeeping> logger)
{
    public const string Id = "housekeeping";

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var keysBefore = now - workflows.Value.IdempotencyRetention;
        var keys = await db.IdempotencyKeys.Where(k => k.CreatedAt <= keysBefore).ExecuteDeleteAsync(cancellationToken);
        var notificationsBefore = now - options.Value.NotificationRetention;
        var notifications = await db.Notifications.Where(n => n.CreatedAt <= notificationsBefore).ExecuteDeleteAsync(cancellationToken);
        LogDeleted(logger, keys, notifications);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Housekeeping deleted {Keys} expired idempotency record(s) and {Notifications} old notification(s)")]
    private static partial void LogDeleted(ILogger logger, int keys, int notifications);
}
