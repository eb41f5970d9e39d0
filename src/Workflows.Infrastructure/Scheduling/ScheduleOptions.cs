using System.ComponentModel.DataAnnotations;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>The <c>Workflows:Schedules</c> configuration section: how often a definition's schedule may start an instance.</summary>
public sealed class ScheduleOptions
{
    public const string Section = "Workflows:Schedules";

    /// <summary>
    /// Shortest time allowed between two fires of a schedule (WF027); default one hour. The CLI always uses the default;
    /// a test server lowers it to watch a schedule fire.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "366.00:00:00")]
    public TimeSpan MinimumInterval { get; set; } = Core.Definitions.Validation.ScheduleRules.DefaultMinimumInterval;
}
