using System.ComponentModel.DataAnnotations;
using Workflows.Core.Time;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>The <c>Workflows:Deadlines</c> configuration section: reminders, escalation and the timer runner.</summary>
public sealed class DeadlineOptions
{
    public const string Section = "Workflows:Deadlines";

    /// <summary>Share of a step's office time after which the assignee is reminded (0 turns reminders off).</summary>
    [Range(0.0, 0.99)]
    public double ReminderShare { get; set; } = 0.8;

    /// <summary>A mutu baku: how long after one escalation level the task escalates to the next supervisor up.</summary>
    [Required]
    public string EscalationInterval { get; set; } = "1 hari kerja";

    /// <summary><see cref="EscalationInterval"/> read as a mutu baku; the timer runner and re-timing both count with it.</summary>
    /// <exception cref="InvalidOperationException">The setting is not a duration with a standard.</exception>
    public MutuBaku Interval() =>
        MutuBakuParser.TryParse(EscalationInterval, out var parsed, out var error) && parsed.HasStandard
            ? parsed
            : throw new InvalidOperationException($"Workflows:Deadlines:EscalationInterval '{EscalationInterval}' is not a duration: {error}");

    /// <summary>When the daily digest of overdue work goes to every supervisor (a cron with seconds first, as Hangfire reads it).</summary>
    [Required]
    public string DigestCron { get; set; } = "0 0 7 ? * MON-FRI";

    /// <summary>The time zone <see cref="DigestCron"/> is read in.</summary>
    [Required]
    public string DigestTimeZone { get; set; } = "Asia/Jakarta";

    /// <summary>Run the timer runner on this node (every node runs it by default; they share the work).</summary>
    public bool RunTimers { get; set; } = true;

    /// <summary>Timers acted on in one transaction.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// Re-time open deadlines when a start finds a calendar changed. Off, the change is recorded and logged only, so that an
    /// administrator can look at <c>POST /calendars/{id}/retime</c>'s dry run first and then ask for the run.
    /// </summary>
    public bool RetimeOnCalendarChange { get; set; } = true;

    /// <summary>Instances re-timed in one transaction when a calendar changes.</summary>
    [Range(1, 10_000)]
    public int RetimeBatchSize { get; set; } = 200;

    /// <summary>Longest sleep between looks at the timer table, should a notification be missed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan MaxSleep { get; set; } = TimeSpan.FromSeconds(30);
}
