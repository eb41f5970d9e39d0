using System.ComponentModel.DataAnnotations;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>The <c>Workflows:Hangfire</c> configuration section: the clustered job server every node runs, and its dashboard.</summary>
public sealed class HangfireOptions
{
    public const string Section = "Workflows:Hangfire";

    /// <summary>The PostgreSQL schema of Hangfire's tables, installed by the migration step.</summary>
    public const string Schema = "hangfire";

    /// <summary>
    /// How often a node looks for scheduled starts and recurring jobs that are due (Hangfire polls for them). A start fires
    /// at most this late; schedules are at least an hour apart, so seconds do not matter to them.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Jobs one node runs at once.</summary>
    [Range(1, 100)]
    public int WorkerCount { get; set; } = 5;

    /// <summary>
    /// How long a job a node took stays invisible to the others; a node that dies mid-job leaves it to another after this
    /// (the running node keeps extending it).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:30", "1.00:00:00")]
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Lets platform administrators retry, trigger and delete jobs from the dashboard; off, it only shows them.</summary>
    public bool DashboardActions { get; set; }
}
