namespace Workflows.Core.Definitions.Validation;

/// <summary>
/// How strictly a schedule's cron is judged: the shortest time allowed between two fires, and the time "never fires
/// again" is measured from (none: only whether it fires at all between 1970 and 2099).
/// </summary>
public sealed record ScheduleRules(TimeSpan MinimumInterval, DateTimeOffset? Now)
{
    /// <summary>At most one scheduled instance an hour: the SOPs schedule daily, weekly or yearly recaps.</summary>
    public static readonly TimeSpan DefaultMinimumInterval = TimeSpan.FromHours(1);

    public static readonly ScheduleRules Default = new(DefaultMinimumInterval, null);
}
