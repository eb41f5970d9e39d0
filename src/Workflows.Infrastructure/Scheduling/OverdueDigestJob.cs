using Hangfire;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>The daily digest of overdue work for every supervisor, a Hangfire recurring job: one node runs each fire.</summary>
public sealed class OverdueDigestJob(OverdueDigest digest, TimeProvider time)
{
    public const string Id = "overdue-digest";

    /// <summary>A digest is written in one transaction, so a retry never doubles it; a late one is still worth sending.</summary>
    [AutomaticRetry(Attempts = 3)]
    public Task RunAsync(CancellationToken cancellationToken) => digest.ProduceAsync(time.GetUtcNow(), cancellationToken);
}
