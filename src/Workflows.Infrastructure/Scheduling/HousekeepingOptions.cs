using System.ComponentModel.DataAnnotations;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>The <c>Workflows:Housekeeping</c> configuration section: how long old rows are kept and when they are deleted.</summary>
public sealed class HousekeepingOptions
{
    public const string Section = "Workflows:Housekeeping";

    /// <summary>Notifications (reminders, escalations, digests) older than this are deleted.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3660.00:00:00")]
    public TimeSpan NotificationRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>When the housekeeping job runs (seconds first, read by Hangfire in UTC); hourly by default.</summary>
    [Required]
    public string Cron { get; set; } = "0 17 * * * ?";
}
