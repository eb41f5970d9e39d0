namespace Workflows.Infrastructure.Calendars;

/// <summary>Where a re-timing run stands (<see cref="Persistence.CalendarRetimeRow.Status"/>).</summary>
public static class RetimeStatus
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Done = "done";
}
