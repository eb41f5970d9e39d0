using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>
/// Fires due timers on this node, sharing the table with every other node through <c>FOR UPDATE SKIP LOCKED</c>. It
/// sleeps until the earliest pending timer (or until woken by a new one), not on a fixed poll, so lag stays well under a
/// second; at start-up it first fires whatever came due while no node was running.
/// </summary>
internal sealed partial class TimerRunner(
    IServiceScopeFactory scopes, TimerSignal signal, TimeProvider time, IOptions<DeadlineOptions> options, ILogger<TimerRunner> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = signal.Armed;
            try
            {
                DateTimeOffset? next;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var timers = scope.ServiceProvider.GetRequiredService<TimerProcessor>();
                    while (await timers.FireDueAsync(stoppingToken) > 0)
                    {
                    }

                    next = await timers.NextDueAsync(stoppingToken);
                }

                backoff = TimeSpan.FromMilliseconds(200);
                var max = options.Value.MaxSleep;
                var sleep = next is { } at ? at - time.GetUtcNow() : max;
                if (sleep > TimeSpan.Zero)
                {
                    await SleepAsync(sleep < max ? sleep : max, woken, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The runner must outlive a database outage or a bad timer; it logs and tries again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(logger, e, backoff);
                await SleepAsync(backoff, Task.Delay(Timeout.Infinite, stoppingToken), stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    private async Task SleepAsync(TimeSpan sleep, Task woken, CancellationToken stoppingToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = Task.Delay(sleep, time, cancel.Token);
        await Task.WhenAny(delay, woken);
        await cancel.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Firing timers failed; trying again in {Backoff}")]
    private static partial void LogFailed(ILogger logger, Exception exception, TimeSpan backoff);
}
