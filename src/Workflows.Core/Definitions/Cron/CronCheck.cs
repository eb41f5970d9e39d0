using System.Globalization;
using Workflows.Core.Definitions.Validation;

namespace Workflows.Core.Definitions.Cron;

/// <summary>
/// Judges a schedule's cron before any scheduler sees it: it must read, fire at some time (after
/// <see cref="ScheduleRules.Now"/> when the caller gives one) and leave at least <see cref="ScheduleRules.MinimumInterval"/>
/// between two fires. A scheduler refuses a trigger that never fires, and one that fires every second starts an instance
/// every second for ever.
/// </summary>
public static class CronCheck
{
    public static CronVerdict Judge(string cron, TimeZoneInfo zone, ScheduleRules rules)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(rules);
        if (!CronExpression.TryParse(cron, out var expression, out var error))
        {
            return CronVerdict.Refused(CronProblem.Unreadable, error);
        }

        if (expression.First() is null)
        {
            return CronVerdict.Refused(CronProblem.NeverFires, $"never fires: no date up to {CronField.Year.Max} matches it");
        }

        DateTimeOffset? next = null;
        if (rules.Now is { } now)
        {
            var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
            if (expression.NextAfter(local) is not { } nextLocal)
            {
                return CronVerdict.Refused(CronProblem.Expired,
                    $"never fires again: every fire time it has is before {local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {zone.Id}");
            }

            next = new DateTimeOffset(nextLocal, zone.GetUtcOffset(nextLocal));
        }

        if (expression.ShortestGap() is { } gap && gap < rules.MinimumInterval)
        {
            return CronVerdict.Refused(CronProblem.TooFrequent,
                $"fires every {Describe(gap)}; a schedule may fire at most once every {Describe(rules.MinimumInterval)}");
        }

        return new CronVerdict(null, null, next);
    }

    /// <summary>"1 hour", "30 minutes", "2 seconds": the largest unit that divides the interval.</summary>
    public static string Describe(TimeSpan interval)
    {
        var (amount, unit) = interval.Ticks % TimeSpan.TicksPerHour == 0 ? ((long)interval.TotalHours, "hour")
            : interval.Ticks % TimeSpan.TicksPerMinute == 0 ? ((long)interval.TotalMinutes, "minute")
            : ((long)Math.Ceiling(interval.TotalSeconds), "second");
        return $"{amount} {unit}{(amount == 1 ? "" : "s")}";
    }
}
