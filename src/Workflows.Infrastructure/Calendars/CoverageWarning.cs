using Workflows.Core.Time;

namespace Workflows.Infrastructure.Calendars;

/// <summary>A calendar in use whose holiday list ends within the warning period (or has ended), as of <see cref="Today"/>.</summary>
public sealed record CoverageWarning(CalendarUse Use, CalendarCoverage Coverage, DateOnly Today, int DaysLeft)
{
    /// <summary>The Monday of <see cref="Today"/>'s week: administrators hear of a calendar at most once a week.</summary>
    public DateOnly WeekStart => Today.AddDays(-(((int)Today.DayOfWeek + 6) % 7));

    /// <summary>The line for the server's log and the readiness report.</summary>
    public string Message
    {
        get
        {
            var ends = DaysLeft >= 0
                ? FormattableString.Invariant($"up to {Coverage.To:yyyy-MM-dd}, {DaysLeft} day(s) from today ({Today:yyyy-MM-dd})")
                : FormattableString.Invariant($"only up to {Coverage.To:yyyy-MM-dd}, {-DaysLeft} day(s) ago");
            return $"Calendar '{Use.Id}' lists holidays {ends}; due times counted beyond it are provisional. "
                + "Add the next year's libur nasional and cuti bersama (SKB) to its file in calendars/.";
        }
    }
}
