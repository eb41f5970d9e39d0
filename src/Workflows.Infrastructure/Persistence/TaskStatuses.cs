namespace Workflows.Infrastructure.Persistence;

/// <summary>Task row states, stored as text.</summary>
public static class TaskStatuses
{
    public const string Open = "open";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
}
