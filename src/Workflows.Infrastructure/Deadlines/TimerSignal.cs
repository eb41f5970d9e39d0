namespace Workflows.Infrastructure.Deadlines;

/// <summary>
/// Wakes this node's timer runner: a new timer was written (announced by PostgreSQL on <c>workflows_timers</c>), or
/// a test moved the clock. A wake that comes while the runner is busy is kept for its next sleep.
/// </summary>
public sealed class TimerSignal
{
    private TaskCompletionSource wake = NewSource();

    /// <summary>The wake the runner should sleep on; take it before looking at the table, so no wake is lost.</summary>
    public Task Armed => Volatile.Read(ref wake).Task;

    public void Wake() => Interlocked.Exchange(ref wake, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
