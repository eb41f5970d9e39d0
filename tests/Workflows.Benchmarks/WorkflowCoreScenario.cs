using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;
using WorkflowCore.Models.LifeCycleEvents;
using WorkflowCore.Primitives;
using Workflows.Testing;

namespace Workflows.Benchmarks;

/// <summary>
/// The peer: <see cref="TigaLangkahPeer"/> on WorkflowCore 3.22's own host, with its default in-memory persistence and
/// single-node queue, in this process. <c>clients</c> workers each start an instance and publish its three events in
/// turn; an event's latency runs from publishing it until WorkflowCore reports its <c>WaitFor</c> step completed, the
/// closest thing to "request in, command committed". Nothing is written to disk and nothing crosses a network.
/// </summary>
internal static class WorkflowCoreScenario
{
    /// <summary>WorkflowCore's pause when its consumers are busy or idle (default 100 ms), set small so it adds no latency.</summary>
    public static readonly TimeSpan IdleTime = TimeSpan.FromMilliseconds(1);

    /// <summary>How often WorkflowCore polls its store for runnable instances and unprocessed events (default 10 s).</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);

    public static async Task<PeerResult> RunAsync(int clients, int instances)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWorkflow(o =>
        {
            o.UseIdleTime(IdleTime);
            o.UsePollInterval(PollInterval);
        });
        await using var provider = services.BuildServiceProvider();
        var host = provider.GetRequiredService<IWorkflowHost>();
        host.RegisterWorkflow<TigaLangkahPeer, TigaLangkahData>();
        var waits = host.Registry.GetDefinition("tiga-langkah", 1).Steps.Where(s => s.BodyType == typeof(WaitFor)).Select(s => s.Id).ToArray();
        var pending = new ConcurrentDictionary<(string Instance, int Step), TaskCompletionSource>();
        host.OnLifeCycleEvent += e =>
        {
            var key = e switch
            {
                StepCompleted step => (e.WorkflowInstanceId, step.StepId),
                WorkflowCompleted => (e.WorkflowInstanceId, -1),
                _ => default,
            };
            if (key.WorkflowInstanceId is not null && pending.TryRemove(key, out var done))
            {
                done.TrySetResult();
            }
        };
        await host.StartAsync(CancellationToken.None);
        try
        {
            await RunOnceAsync(host, pending, waits, clients, Math.Min(clients, instances), new Latencies());
            var latencies = new Latencies();
            var watch = Stopwatch.StartNew();
            await RunOnceAsync(host, pending, waits, clients, instances, latencies);
            return new PeerResult(instances, watch.Elapsed, latencies.Percentile(50), latencies.Percentile(99));
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static async Task RunOnceAsync(
        IWorkflowHost host, ConcurrentDictionary<(string, int), TaskCompletionSource> pending, int[] waits, int clients, int instances, Latencies latencies)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < instances)
            {
                var id = await host.StartWorkflow("tiga-langkah", 1, new TigaLangkahData());
                var completed = Expect(pending, id, -1);
                for (var i = 0; i < waits.Length; i++)
                {
                    var moved = Expect(pending, id, waits[i]);
                    var watch = Stopwatch.StartNew();
                    await host.PublishEvent(TigaLangkahPeer.EventName, TigaLangkahPeer.EventKey(id, TigaLangkahPeer.Steps[i]), null);
                    await moved.WaitAsync(StepTimeout);
                    latencies.Add(watch.Elapsed);
                }

                await completed.WaitAsync(StepTimeout);
            }
        }));
    }

    private static Task Expect(ConcurrentDictionary<(string, int), TaskCompletionSource> pending, string instance, int step) =>
        pending.GetOrAdd((instance, step), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
}
