using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Infrastructure.Wakeups;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>
/// Fires due timers on this node, sharing the table with every other node through <c>FOR UPDATE SKIP LOCKED</c>. It
/// sleeps until the earliest pending timer (or until woken by a new one), not on a fixed poll, so lag stays well under a
/// second; at start-up it first fires whatever came due while no node was running.
/// </summary>
internal sealed class TimerRunner(
    IServiceScopeFactory scopes, TimerSignal signal, TimeProvider time, IOptions<DeadlineOptions> options, ILogger<TimerRunner> logger)
    : WakeableWorker(signal, time, logger)
{
    protected override TimeSpan MaxSleep => options.Value.MaxSleep;

    protected override async Task<DateTimeOffset?> WorkAsync(CancellationToken cancellationToken)
    {
        signal.Planned(null);
        await using var scope = scopes.CreateAsyncScope();
        var timers = scope.ServiceProvider.GetRequiredService<TimerProcessor>();
        while (await timers.FireDueAsync(cancellationToken) > 0)
        {
        }

        var next = await timers.NextDueAsync(cancellationToken);
        var latest = Time.GetUtcNow() + MaxSleep;
        signal.Planned(next is { } at && at < latest ? at : latest);
        return next;
    }
}
