using System.Globalization;
using Workflows.Core.Definitions.V1;
using Workflows.Core.Diagnostics;

namespace Workflows.Core.Definitions.Validation;

/// <summary>
/// WL006: the calendar a definition runs on lists the decreed holidays only up to a date that is near or past, so due
/// times counted beyond it are provisional until someone adds the next decree.
/// </summary>
internal static class CoverageLint
{
    public static void Check(string calendar, Located<string>? calendarKey, CoverageHorizon? horizon, DiagnosticBag bag)
    {
        if (horizon is null || !horizon.Calendars.TryGetValue(calendar, out var covered))
        {
            return;
        }

        var daysLeft = covered.DaysLeft(horizon.Now);
        if (daysLeft > CoverageHorizon.WarningDays)
        {
            return;
        }

        var name = calendarKey is null ? $"the default calendar '{calendar}'" : $"calendar '{calendar}'";
        var state = daysLeft switch
        {
            < 0 => $"; its coverage ended {-daysLeft} day(s) ago",
            0 => ", which is today (0 days left)",
            _ => $", {daysLeft} day(s) left",
        };
        bag.Warning(DiagnosticCodes.CoverageEnding, calendarKey?.Position ?? SourcePosition.Start,
            $"{name} lists holidays only up to {covered.Coverage.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{state}: " +
            $"due times counted past that date are provisional; add the next year's decree to workflows/calendars/{covered.File} and extend 'covers'");
    }
}
