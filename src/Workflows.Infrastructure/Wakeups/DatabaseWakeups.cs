using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Workflows.Infrastructure.Wakeups;

/// <summary>
/// Listens on the channels that triggers notify when timers, outbox events or webhook deliveries are inserted, and
/// wakes the matching worker; so work written by any node is seen without polling. Reconnects after a database outage
/// and then wakes every worker, since notifications sent meanwhile are lost.
/// </summary>
internal sealed partial class DatabaseWakeups(
    string connectionString, IReadOnlyDictionary<string, Wakeup> channels, TimeProvider time, ILogger<DatabaseWakeups> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) =>
                {
                    if (channels.TryGetValue(e.Channel, out var wakeup))
                    {
                        wakeup.Notified(e.Payload);
                    }
                };
                await using (var listen = new NpgsqlCommand(string.Concat(channels.Keys.Select(c => $"LISTEN {c};")), connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                foreach (var wakeup in channels.Values)
                {
                    wakeup.Wake();
                }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database notifications lost ({Reason}); listening again in {Backoff}")]
    private static partial void LogLost(ILogger logger, string reason, TimeSpan backoff);
}
