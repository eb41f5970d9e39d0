namespace Workflows.Core.Definitions.Cron;

/// <summary>Why a schedule's cron cannot be scheduled.</summary>
public enum CronProblem
{
    /// <summary>It does not read (wrong field count, a value out of range, an unsupported letter).</summary>
    Unreadable,

    /// <summary>No date up to 2099 matches it, e.g. 30 February.</summary>
    NeverFires,

    /// <summary>It fires more often than the minimum interval allows.</summary>
    TooFrequent,

    /// <summary>It fired in the past but never fires again (its year field has run out).</summary>
    Expired,
}
