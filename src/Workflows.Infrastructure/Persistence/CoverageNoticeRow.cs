namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// An agency's administrators were told, in the week starting <see cref="WeekStart"/> (a Monday in the calendar's
/// zone), that a calendar's holiday list runs out. The key is what keeps every node together to one notice a week.
/// </summary>
public sealed class CoverageNoticeRow
{
    public required string CalendarId { get; init; }

    public required string Agency { get; init; }

    public DateOnly WeekStart { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
