namespace Workflows.Infrastructure.Deadlines;

/// <summary>
/// The rows one batch of fired timers writes, in the order they were decided, for <see cref="EscalationBatch"/> to write
/// in one round trip. A row that depends on an escalation names it, and is written only when that escalation is (a level
/// already raised is not raised again, so nothing else about it is written twice); a row about an overdue task names the
/// task, and is written only when the task was still open under its lock.
/// </summary>
internal sealed class EscalationPlan
{
    /// <summary>Tasks to mark overdue (and lock, checking they are still open), in id order so nodes lock alike.</summary>
    public SortedSet<Guid> Overdue { get; } = [];

    public List<EscalationInsert> Escalations { get; } = [];

    public List<DueMove> Moves { get; } = [];

    public List<NotificationInsert> Notifications { get; } = [];

    public List<NextLevelTimer> NextLevels { get; } = [];

    public List<OutboxInsert> Events { get; } = [];
}
