using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Infrastructure;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Api.Idempotency;

/// <summary>
/// Deletes idempotency records older than <see cref="WorkflowsOptions.IdempotencyRetention"/>, hourly on every node (a
/// delete by age is harmless to repeat). Expired records are already ignored when a key is looked up; this keeps the
/// table from growing with every request that carried a key.
/// </summary>
internal sealed partial class IdempotencyCleanup(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<WorkflowsOptions> options, ILogger<IdempotencyCleanup> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Deletes the expired records now; returns how many.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var before = time.GetUtcNow() - options.Value.IdempotencyRetention;
        return await db.IdempotencyKeys.Where(k => k.CreatedAt <= before).ExecuteDeleteAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                LogDeleted(await DeleteExpiredAsync(stoppingToken));
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                // The next tick tries again; a database that is away for a while must not stop the worker.
                LogFailed(e);
            }
        }
    }

    [LoggerMessage(LogLevel.Debug, "Deleted {Count} expired idempotency records")]
    private partial void LogDeleted(int count);

    [LoggerMessage(LogLevel.Warning, "Deleting expired idempotency records failed")]
    private partial void LogFailed(Exception exception);
}
