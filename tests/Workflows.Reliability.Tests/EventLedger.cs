using System.Collections.Concurrent;
using MassTransit;
using Workflows.Contracts.V1;

namespace Workflows.Reliability.Tests;

/// <summary>
/// An integrator on RabbitMQ counting what arrives: every delivery, and the distinct event ids (its effects, done once
/// per id as a well-behaved consumer does). Its queue is durable, so nothing routed to it is lost while it is away.
/// </summary>
internal sealed class EventLedger : IAsyncDisposable
{
    private readonly IBusControl bus;

    private EventLedger(IBusControl bus) => this.bus = bus;

    public ConcurrentDictionary<Guid, int> Deliveries { get; } = new();

    public static async Task<EventLedger> StartAsync(string url)
    {
        EventLedger? ledger = null;
        var record = typeof(EventLedger).GetMethod(nameof(Record), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(new Uri(url));
            cfg.ReceiveEndpoint($"reliability-ledger-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.SetQueueArgument("x-expires", (int)TimeSpan.FromMinutes(10).TotalMilliseconds);
                foreach (var type in typeof(IWorkflowEvent).Assembly.GetTypes().Where(t => t.IsClass && typeof(IWorkflowEvent).IsAssignableFrom(t)))
                {
                    record.MakeGenericMethod(type).Invoke(null, [endpoint, (Func<EventLedger>)(() => ledger!)]);
                }
            });
        });
        ledger = new EventLedger(bus);
        await bus.StartAsync();
        return ledger;
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync();

    private static void Record<T>(IReceiveEndpointConfigurator endpoint, Func<EventLedger> ledger)
        where T : class, IWorkflowEvent =>
        endpoint.Handler<T>(context =>
        {
            ledger().Deliveries.AddOrUpdate(context.Message.EventId, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        });
}
