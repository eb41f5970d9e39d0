using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Workflows.Infrastructure.Calendars;

/// <summary>
/// At start and then once a day on every node: logs a warning for each calendar in use whose holiday list runs out
/// within the warning period, and sends the week's notices to the agencies' administrators (the database lets one
/// node send each). Wakes hourly on the server's clock, so a check that failed is tried again within the hour.
/// </summary>
public sealed partial class CoverageWatch(IServiceScopeFactory scopes, TimeProvider time, ILogger<CoverageWatch> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    private static readonly TimeSpan Wake = TimeSpan.FromHours(1);

    private DateTimeOffset? lastCheck;

    /// <summary>Checks when none has succeeded in the last <see cref="Interval"/>; null when it was not yet time.</summary>
    public async Task<IReadOnlyList<CoverageWarning>?> TickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (lastCheck is { } last && now - last < Interval)
        {
            return null;
        }

        var warnings = await CheckAsync(cancellationToken);
        lastCheck = now;
        return warnings;
    }

    /// <summary>Checks now: logs each warning and sends the notices not sent this week.</summary>
    public async Task<IReadOnlyList<CoverageWarning>> CheckAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var warnings = await scope.ServiceProvider.GetRequiredService<CoverageCheck>().RunAsync(cancellationToken);
        foreach (var warning in warnings)
        {
            LogWarning(warning.Message);
        }

        await scope.ServiceProvider.GetRequiredService<CoverageNotices>().SendAsync(warnings, time.GetUtcNow(), cancellationToken);
        return warnings;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                // A database that is away for a while must not stop the worker: the next wake tries again.
                LogFailed(e);
            }

            await Task.Delay(Wake, time, stoppingToken);
        }
    }

    [LoggerMessage(LogLevel.Warning, "{Message}")]
    private partial void LogWarning(string message);

    [LoggerMessage(LogLevel.Warning, "Checking the coverage of the calendars in use failed")]
    private partial void LogFailed(Exception exception);
}
