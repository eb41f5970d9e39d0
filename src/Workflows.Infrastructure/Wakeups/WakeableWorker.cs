using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Workflows.Infrastructure.Wakeups;

/// <summary>
/// A node's background worker over a shared table: it does what is due, then sleeps until the next due time it was
/// told of (or <see cref="MaxSleep"/>), waking early when its <see cref="Wakeup"/> fires. Failures (a database or
/// broker outage) are logged and retried with back-off; the worker outlives them.
/// </summary>
public abstract partial class WakeableWorker(Wakeup wakeup, TimeProvider time, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    /// <summary>The clock (injected, so tests move it instead of sleeping).</summary>
    protected TimeProvider Time { get; } = time;

    /// <summary>Longest sleep, should a wake-up be missed.</summary>
    protected virtual TimeSpan MaxSleep => TimeSpan.FromSeconds(30);

    /// <summary>Does the due work; returns when more will be due (null: nothing known, sleep <see cref="MaxSleep"/>).</summary>
    protected abstract Task<DateTimeOffset?> WorkAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = wakeup.Armed;
            try
            {
                var next = await WorkAsync(stoppingToken);
                backoff = TimeSpan.FromMilliseconds(200);
                var sleep = next is { } at ? at - Time.GetUtcNow() : MaxSleep;
                if (sleep > TimeSpan.Zero)
                {
                    await SleepAsync(sleep < MaxSleep ? sleep : MaxSleep, woken, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The worker must outlive an outage or one bad row; it logs and tries again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(logger, e, GetType().Name, backoff);
                await SleepAsync(backoff, Task.Delay(Timeout.Infinite, stoppingToken), stoppingToken);
                backoff = backoff * 2 < MaxBackoff ? backoff * 2 : MaxBackoff;
            }
        }
    }

    private async Task SleepAsync(TimeSpan sleep, Task woken, CancellationToken stoppingToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = Task.Delay(sleep, Time, cancel.Token);
        await Task.WhenAny(delay, woken);
        await cancel.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Worker} failed; trying again in {Backoff}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string worker, TimeSpan backoff);
}
