using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>Brings the scheduled starts in step with the imported definitions, and places the recurring jobs, once the database is ready.</summary>
internal sealed class ScheduleStartup(IServiceProvider services, ILogger<ScheduleStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await StartupPhases.TimeAsync(logger, "schedule sync", () => scope.ServiceProvider.GetRequiredService<ScheduleSync>().SyncAllAsync(cancellationToken));
        await StartupPhases.TimeAsync(logger, "recurring jobs", () =>
        {
            scope.ServiceProvider.GetRequiredService<RecurringWork>().Place();
            return Task.CompletedTask;
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
