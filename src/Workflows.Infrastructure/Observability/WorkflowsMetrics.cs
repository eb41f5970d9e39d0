using System.Diagnostics;
using System.Diagnostics.Metrics;
using Workflows.Core.Runtime;

namespace Workflows.Infrastructure.Observability;

/// <summary>
/// The engine's own instruments, on one <see cref="Meter"/> named <see cref="MeterName"/>, recorded where the facts
/// happen once the transaction that made them is saved; with no exporter listening a recording costs a branch. Names are
/// OpenTelemetry style with units, so the Prometheus exporter writes <c>workflows_cases_started_total</c>,
/// <c>workflows_timer_lag_seconds</c> and so on.
/// </summary>
/// <remarks>
/// The meter is one per process and never disposed, rather than one per host from <see cref="IMeterFactory"/>:
/// OpenTelemetry .NET stops exporting every instrument of a meter name once any meter of that name is disposed
/// (opentelemetry-dotnet#6412), which a second host in the process — the integration tests' nodes — would do.
/// </remarks>
public static class WorkflowsMetrics
{
    public const string MeterName = "Workflows";

    // Timer lag is seconds to hours (a node that was down fires late); the default buckets are for milliseconds.
    private static readonly double[] LagBuckets = [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600, 14400, 86400];

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> InstancesStarted =
        Meter.CreateCounter<long>("workflows.cases.started", "{case}", "Cases started, by definition.");

    private static readonly Counter<long> InstancesCompleted =
        Meter.CreateCounter<long>("workflows.cases.completed", "{case}", "Cases that reached an end step, by definition and result.");

    private static readonly Counter<long> TasksCompleted = Meter.CreateCounter<long>(
        "workflows.tasks.completed", "{task}", "Steps closed as done (by a person, a timer, a message or a sub-process), by definition.");

    private static readonly Counter<long> Escalations =
        Meter.CreateCounter<long>("workflows.escalations", "{escalation}", "Escalations raised for overdue tasks and cases, by definition and level.");

    private static readonly Counter<long> WebhookDeliveries = Meter.CreateCounter<long>(
        "workflows.webhook.deliveries", "{delivery}", "Webhook delivery attempts, by result: delivered, retrying (another attempt follows) or failed (the last attempt).");

    private static readonly Histogram<double> TimerLag = Meter.CreateHistogram(
        "workflows.timer.lag", "s", "How late timers fired: the time they fired minus their due time, by kind.", [],
        new InstrumentAdvice<double> { HistogramBucketBoundaries = LagBuckets });

    private static readonly List<OpenWorkCounts> Sources = [];

    static WorkflowsMetrics()
    {
        const string Refresh = "counted at most every Workflows:Metrics:GaugeRefresh";
        Meter.CreateObservableGauge("workflows.tasks.open", () => Source()?.Open() ?? [], "{task}", $"Open tasks, by agency ({Refresh}).");
        Meter.CreateObservableGauge("workflows.tasks.overdue", () => Source()?.Overdue() ?? [], "{task}", $"Open tasks past their due time, by agency ({Refresh}).");
        Meter.CreateObservableGauge("workflows.outbox.pending", () => Source()?.OutboxPending() ?? [], "{event}", $"Events written but not yet relayed ({Refresh}).");
    }

    /// <summary>Counts what one applied command did to one instance: a start, an end, the steps it closed as done.</summary>
    public static void Applied(string definitionId, bool started, IEnumerable<InstanceEffect> effects)
    {
        ArgumentNullException.ThrowIfNull(effects);
        var definition = new KeyValuePair<string, object?>("definition", definitionId);
        if (started)
        {
            InstancesStarted.Add(1, definition);
        }

        foreach (var effect in effects)
        {
            if (effect is EndReached completed)
            {
                InstancesCompleted.Add(1, definition, new KeyValuePair<string, object?>("result", completed.Result ?? "none"));
            }
            else if (effect is StepClosed { Reason: TaskCloseReason.Completed })
            {
                TasksCompleted.Add(1, definition);
            }
        }
    }

    public static void TimerFired(string kind, TimeSpan lag) =>
        TimerLag.Record(Math.Max(0, lag.TotalSeconds), new KeyValuePair<string, object?>("kind", kind));

    public static void Escalated(string definitionId, int level) =>
        Escalations.Add(1, new TagList { { "definition", definitionId }, { "level", level } });

    public static void WebhookDelivery(string result) =>
        WebhookDeliveries.Add(1, new KeyValuePair<string, object?>("result", result));

    /// <summary>The gauges read <paramref name="counts"/> (the host's database) until it is disposed.</summary>
    internal static void Observe(OpenWorkCounts counts)
    {
        lock (Sources)
        {
            Sources.Add(counts);
        }
    }

    internal static void Forget(OpenWorkCounts counts)
    {
        lock (Sources)
        {
            Sources.Remove(counts);
        }
    }

    /// <summary>The latest host's counts: a process runs one host, and in the tests every node shares one database.</summary>
    private static OpenWorkCounts? Source()
    {
        lock (Sources)
        {
            return Sources.LastOrDefault();
        }
    }
}
