using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>The daily digest of overdue work for every supervisor; Quartz's clustering runs it on one node.</summary>
[DisallowConcurrentExecution]
internal sealed class OverdueDigestJob(IServiceScopeFactory scopes, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("overdue-digest", "workflows");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OverdueDigest>().ProduceAsync(time.GetUtcNow(), cancellationToken);
    }
}
