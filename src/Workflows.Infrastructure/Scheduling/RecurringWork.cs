using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Infrastructure.Deadlines;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>
/// The engine's own recurring jobs in Hangfire: the overdue digest (<see cref="DeadlineOptions.DigestCron"/>) and
/// housekeeping (<see cref="HousekeepingOptions.Cron"/>). Every node places them at start-up; Hangfire keeps one of each
/// and creates one job per fire across the cluster. A cron Hangfire refuses is logged, and the node starts all the same.
/// </summary>
public sealed partial class RecurringWork(
    IRecurringJobManager recurring, IOptions<DeadlineOptions> deadlines, IOptions<HousekeepingOptions> housekeeping, ILogger<RecurringWork> logger)
{
    public void Place()
    {
        Place(OverdueDigestJob.Id, deadlines.Value.DigestCron, deadlines.Value.DigestTimeZone,
            id => recurring.AddOrUpdate<OverdueDigestJob>(id, j => j.RunAsync(CancellationToken.None), deadlines.Value.DigestCron,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(deadlines.Value.DigestTimeZone) }));
        Place(Housekeeping.Id, housekeeping.Value.Cron, "UTC",
            id => recurring.AddOrUpdate<Housekeeping>(id, j => j.RunAsync(CancellationToken.None), housekeeping.Value.Cron,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc }));
    }

    private void Place(string id, string cron, string zone, Action<string> place)
    {
        try
        {
            place(id);
        }
#pragma warning disable CA1031 // A mistyped cron or zone in a setting must not keep the node from serving cases.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogRefused(logger, id, cron, zone, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The recurring job {Job} is not placed: cron '{Cron}' in {Zone}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string job, string cron, string zone, string reason);
}
