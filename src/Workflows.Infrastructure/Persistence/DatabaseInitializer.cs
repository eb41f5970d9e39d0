using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Workflows.Infrastructure.Persistence;

/// <summary>At start-up, before the server takes requests: applies the migrations and imports the workflows folder.</summary>
internal sealed class DatabaseInitializer(DatabaseMigrator migrator, IOptions<WorkflowsOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(options.Value.MigrateOnStart, options.Value.ImportOnStart, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
