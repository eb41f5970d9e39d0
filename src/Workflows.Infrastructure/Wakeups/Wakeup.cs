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

    /// <summary>A notification on the worker's channel, with its payload (empty unless the trigger sends one).</summary>
    public virtual void Notified(string payload) => Wake();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// Wakes the timer runner (channel <c>workflows_timers</c>, payload: the earliest new due time in Unix milliseconds)
/// only when the new timer is due before the runner's planned wake — most new deadlines are a working day away, and
/// waking for each would cost a look at the table per command.
/// </summary>
public sealed class TimerSignal : Wakeup
{
    private long plannedMs = long.MinValue;

    /// <summary>
    /// The runner sleeps until <paramref name="at"/> (null: it is busy, and every notification must wake it, since it
    /// may have looked at the table before the new timer committed).
    /// </summary>
    public void Planned(DateTimeOffset? at) => Interlocked.Exchange(ref plannedMs, at?.ToUnixTimeMilliseconds() ?? long.MinValue);

    public override void Notified(string payload)
    {
        var planned = Interlocked.Read(ref plannedMs);
        if (planned == long.MinValue || !long.TryParse(payload, System.Globalization.CultureInfo.InvariantCulture, out var due) || due < planned)
        {
            Wake();
        }
    }
}

/// <summary>Wakes the outbox relay (channel <c>workflows_outbox</c>).</summary>
public sealed class OutboxSignal : Wakeup;

/// <summary>Wakes the webhook dispatcher (channel <c>workflows_webhooks</c>).</summary>
public sealed class WebhookSignal : Wakeup;
