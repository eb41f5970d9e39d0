using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>Brings the scheduled starts in step with the imported definitions, and places the recurring jobs, once the database is ready.</summary>
internal sealed class ScheduleStartup(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ScheduleSync>().SyncAllAsync(cancellationToken);
        scope.ServiceProvider.GetRequiredService<RecurringWork>().Place();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
