namespace Workflows.Infrastructure.Calendars;

/// <summary>
/// One due time a calendar change moved (or whose provisional mark it changed): a task's deadline, a wait's timer, or
/// the instance's service-standard deadline when <see cref="TaskId"/> is null. <see cref="OverdueAtOnce"/> when the new due
/// time has already passed while the old one had not.
/// </summary>
public sealed record DueChange(
    Guid InstanceId, string BusinessKey, Guid? TaskId, string? StepId, DateTimeOffset PreviousDue, DateTimeOffset Due, bool Provisional, bool OverdueAtOnce)
{
    public TimeSpan Shift => Due - PreviousDue;
}
