namespace Workflows.Infrastructure.Wakeups;

/// <summary>
/// Wakes one background worker of this node: new work was written (announced by PostgreSQL with NOTIFY), or a test
/// moved the clock. A wake that comes while the worker is busy is kept for its next sleep.
/// </summary>
public abstract class Wakeup
{
    private TaskCompletionSource wake = NewSource();

    /// <summary>The wake the worker should sleep on; take it before looking for work, so no wake is lost.</summary>
    public Task Armed => Volatile.Read(ref wake).Task;

    public void Wake() => Interlocked.Exchange(ref wake, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>Wakes the timer runner (channel <c>workflows_timers</c>).</summary>
public sealed class TimerSignal : Wakeup;

/// <summary>Wakes the outbox relay (channel <c>workflows_outbox</c>).</summary>
public sealed class OutboxSignal : Wakeup;

/// <summary>Wakes the webhook dispatcher (channel <c>workflows_webhooks</c>).</summary>
public sealed class WebhookSignal : Wakeup;
