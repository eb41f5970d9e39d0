namespace Workflows.Infrastructure.Persistence;

/// <summary>What a timer row does when it comes due.</summary>
public static class TimerKinds
{
    /// <summary>A wait step's timer: the instance moves on.</summary>
    public const string Wait = "wait";

    /// <summary>The assignee is reminded (at a share of the duration, default 80%).</summary>
    public const string Reminder = "reminder";

    /// <summary>The step's mutu baku passed: the task is overdue and escalates to the actor's supervisor.</summary>
    public const string Deadline = "deadline";

    /// <summary>The task is still open a further period later: it escalates one level up.</summary>
    public const string Escalation = "escalation";

    /// <summary>The instance exceeded its service standard total: the agency head hears.</summary>
    public const string InstanceDeadline = "case-deadline";
}
