using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>
/// Listens on the <c>workflows_timers</c> channel, which a trigger notifies whenever timers are inserted, and wakes
/// the runner; so a deadline written by another node is seen without polling. Reconnects after a database outage
/// and wakes the runner then, since notifications sent meanwhile are lost.
/// </summary>
internal sealed partial class TimerListener(string connectionString, TimerSignal signal, TimeProvider time, ILogger<TimerListener> logger)
    : BackgroundService
{
    public const string Channel = "workflows_timers";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => signal.Wake();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                signal.Wake();
                backoff = TimeSpan.FromMilliseconds(200);
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or System.IO.IOException)
            {
                LogLost(logger, e.Message, backoff);
                await Task.Delay(backoff, time, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer notifications lost ({Reason}); listening again in {Backoff}")]
    private static partial void LogLost(ILogger logger, string reason, TimeSpan backoff);
}
