using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflows.Infrastructure.Wakeups;

namespace Workflows.Infrastructure.Calendars;

/// <summary>
/// Works through unfinished re-timing runs, a batch per transaction, on whichever node gets to them first; then wakes
/// the timer runner, whose timers may now be due sooner than it planned.
/// </summary>
internal sealed class CalendarRetimeRunner(IServiceScopeFactory scopes, RetimeSignal signal, TimerSignal timers, TimeProvider time, ILogger<CalendarRetimeRunner> logger)
    : WakeableWorker(signal, time, logger)
{
    protected override async Task<DateTimeOffset?> WorkAsync(CancellationToken cancellationToken)
    {
        var batches = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<CalendarRetimer>().RunBatchAsync(cancellationToken))
            {
                break;
            }

            batches++;
        }

        if (batches > 0)
        {
            timers.Wake();
        }

        return null;
    }
}
