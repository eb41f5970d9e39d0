namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// One re-timing of the open deadlines on some calendars, worked through in batches of instances in id order;
/// <see cref="AfterInstance"/> is the last instance done, so a run that stopped halfway resumes there.
/// </summary>
public sealed class CalendarRetimeRow
{
    public Guid Id { get; init; }

    /// <summary>The calendars whose instances are re-timed (a calendar and those extending it).</summary>
    public required string[] Calendars { get; init; }

    /// <summary><c>calendar-changed</c> (found at start-up) or <c>requested</c> (by an administrator).</summary>
    public required string Reason { get; init; }

    public required string RequestedBy { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    /// <summary><c>pending</c>, <c>running</c> or <c>done</c>.</summary>
    public required string Status { get; set; }

    public Guid? AfterInstance { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public int CasesSeen { get; set; }

    public int TasksMoved { get; set; }

    public int CasesMoved { get; set; }

    public int OverdueAtOnce { get; set; }
}
