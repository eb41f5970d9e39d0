using System.Collections.Concurrent;
using MassTransit;
using Workflows.Contracts.V1;

namespace Workflows.Api.Tests.Support;

/// <summary>
/// An integrator listening on the bus: every workflow event published to <see cref="IBus"/> lands here, and
/// <see cref="Answer"/> handlers may reply (e.g. BKN sending the pertek back).
/// </summary>
public sealed class EventRecorder : IAsyncDisposable
{
    private readonly ConcurrentQueue<IWorkflowEvent> events = new();
    private readonly HostReceiveEndpointHandle? handle;
    private readonly IBusControl? ownBus;

    private EventRecorder(HostReceiveEndpointHandle? handle, IBusControl? ownBus)
    {
        this.handle = handle;
        this.ownBus = ownBus;
    }

    /// <summary>Called for each <see cref="DocumentDispatched"/>, with a publisher to answer through.</summary>
    public Func<DocumentDispatched, IPublishEndpoint, Task>? Answer { get; set; }

    public IReadOnlyCollection<IWorkflowEvent> Events => events;

    /// <summary>Listens on a server's own bus (the in-memory transport of a test node).</summary>
    public static async Task<EventRecorder> OnAsync(IBus bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        EventRecorder? recorder = null;
        var handle = bus.ConnectReceiveEndpoint($"test-events-{Guid.NewGuid():N}", endpoint => Configure(endpoint, () => recorder!));
        recorder = new EventRecorder(handle, null);
        await handle.Ready;
        return recorder;
    }

    /// <summary>Listens on a RabbitMQ broker with a bus of its own, as an outside system would.</summary>
    public static async Task<EventRecorder> OnRabbitMqAsync(string url)
    {
        EventRecorder? recorder = null;
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(new Uri(url));
            cfg.ReceiveEndpoint($"test-events-{Guid.NewGuid():N}", endpoint =>
            {
                // Durable, as an integrator's queue is: events routed to it while it is away (or the broker restarts)
                // wait there. The broker removes it after ten minutes without a consumer.
                endpoint.SetQueueArgument("x-expires", (int)TimeSpan.FromMinutes(10).TotalMilliseconds);
                Configure(endpoint, () => recorder!);
            });
        });
        recorder = new EventRecorder(null, bus);
        await bus.StartAsync();
        return recorder;
    }

    /// <summary>Publishes on the recorder's own broker connection, as the outside system it plays would.</summary>
    public Task PublishAsync<T>(T message)
        where T : class =>
        (ownBus ?? throw new InvalidOperationException("Only a recorder with a bus of its own publishes.")).Publish(message);

    public async Task<T> WaitForAsync<T>(Func<T, bool> match, string what, TimeSpan? timeout = null)
        where T : IWorkflowEvent
    {
        T? found = default;
        await Timers.WaitUntilAsync(() =>
        {
            found = events.OfType<T>().FirstOrDefault(match);
            return Task.FromResult(found is not null);
        }, what, timeout ?? TimeSpan.FromSeconds(20));
        return found!;
    }

    public async ValueTask DisposeAsync()
    {
        if (handle is not null)
        {
            await handle.StopAsync();
        }

        if (ownBus is not null)
        {
            await ownBus.StopAsync();
        }
    }

    private static void Configure(IReceiveEndpointConfigurator endpoint, Func<EventRecorder> recorder)
    {
        // One handler per concrete event type, as an integrator subscribes to the events it wants.
        var record = typeof(EventRecorder).GetMethod(nameof(Record), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        foreach (var type in typeof(IWorkflowEvent).Assembly.GetTypes().Where(t => t.IsClass && typeof(IWorkflowEvent).IsAssignableFrom(t) && t != typeof(DocumentDispatched)))
        {
            record.MakeGenericMethod(type).Invoke(null, [endpoint, recorder]);
        }

        endpoint.Handler<DocumentDispatched>(async context =>
        {
            recorder().events.Enqueue(context.Message);
            if (recorder().Answer is { } answer)
            {
                await answer(context.Message, context);
            }
        });
    }

    private static void Record<T>(IReceiveEndpointConfigurator endpoint, Func<EventRecorder> recorder)
        where T : class, IWorkflowEvent =>
        endpoint.Handler<T>(context =>
        {
            recorder().events.Enqueue(context.Message);
            return Task.CompletedTask;
        });
}
