using System.ComponentModel.DataAnnotations;

namespace Workflows.Infrastructure.Calendars;

/// <summary>The <c>Workflows:Calendars</c> configuration section: when to warn that a calendar's holiday list runs out.</summary>
public sealed class CalendarOptions
{
    public const string Section = "Workflows:Calendars";

    /// <summary>
    /// Warn when a calendar in use has fewer days than this left of the dates its holiday list covers: the next
    /// year's joint decree (SKB) is usually signed in the autumn, so 60 days leave time to add it before due times
    /// become provisional.
    /// </summary>
    [Range(1, 3660)]
    public int CoverageWarningDays { get; set; } = 60;
}
