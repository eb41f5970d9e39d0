namespace Workflows.Core.Definitions.Cron;

/// <summary>
/// What <see cref="CronCheck"/> found: no <see cref="Problem"/> and the next fire time, or the problem and a message
/// that reads after "schedule cron '…'".
/// </summary>
public sealed record CronVerdict(CronProblem? Problem, string? Message, DateTimeOffset? NextFire)
{
    public bool Accepted => Problem is null;

    public static CronVerdict Refused(CronProblem problem, string message) => new(problem, message, null);
}
