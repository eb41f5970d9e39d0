using System.Data.Common;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Observability;

/// <summary>
/// The counts behind the gauges: open and overdue tasks by agency, and events waiting in the outbox. Gauge callbacks
/// run when the exporter is scraped; the counts are taken from the database at most once per
/// <see cref="MetricsOptions.GaugeRefresh"/> (three small queries) and served from memory in between, so a scrape storm
/// does not become a query storm. Nothing is counted while no exporter listens, nor unless the host asked for
/// <see cref="Start"/> (it does when it serves the metrics).
/// </summary>
public sealed class OpenWorkCounts(IServiceScopeFactory scopes, TimeProvider time, IOptions<MetricsOptions> options) : IDisposable
{
    private readonly Lock gate = new();
    private Snapshot? last;

    /// <summary>From now on until disposed (with the host), the gauges of <see cref="WorkflowsMetrics"/> read these counts.</summary>
    public void Start() => WorkflowsMetrics.Observe(this);

    public void Dispose() => WorkflowsMetrics.Forget(this);

    public IEnumerable<Measurement<long>> Open() =>
        Current().Agencies.Select(a => new Measurement<long>(a.Open, new KeyValuePair<string, object?>("agency", a.Agency)));

    public IEnumerable<Measurement<long>> Overdue() =>
        Current().Agencies.Select(a => new Measurement<long>(a.Overdue, new KeyValuePair<string, object?>("agency", a.Agency)));

    public IEnumerable<Measurement<long>> OutboxPending() => Current().OutboxPending;

    private Snapshot Current()
    {
        // Observable callbacks are synchronous; one caller counts while others wait and then take its snapshot.
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (last is null || now - last.TakenAt >= options.Value.GaugeRefresh || now < last.TakenAt)
            {
                last = Take(now);
            }

            return last;
        }
    }

    /// <summary>
    /// The counts now; none while the database cannot be asked (the gauges are then absent, which alerts can see,
    /// rather than stale), asked again after the same interval.
    /// </summary>
    private Snapshot Take(DateTimeOffset now)
    {
        try
        {
            return Count(now);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            return new Snapshot(now, [], []);
        }
    }

    private Snapshot Count(DateTimeOffset now)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        // A scrape waits for this query; a slow database gives up rather than holding the scraper.
        db.Database.SetCommandTimeout(TimeSpan.FromSeconds(5));
        var counted = db.Tasks.AsNoTracking()
            .Where(t => t.Status == TaskStatuses.Open)
            .GroupBy(t => t.Agency)
            .Select(g => new AgencyCounts(g.Key, g.LongCount(), g.LongCount(t => t.Due < now)))
            .ToDictionary(c => c.Agency, StringComparer.Ordinal);
        // Every agency with a definition has a series, at 0 when it has no open task, so a dashboard sees "none open"
        // rather than no data.
        var agencies = db.Definitions.AsNoTracking().Select(d => d.Agency).Distinct().ToList()
            .Union(counted.Keys, StringComparer.Ordinal)
            .Select(a => counted.GetValueOrDefault(a) ?? new AgencyCounts(a, 0, 0))
            .ToList();
        var outbox = db.Outbox.AsNoTracking().LongCount(o => o.PublishedAt == null);
        return new Snapshot(now, agencies, [new(outbox)]);
    }

    private sealed record AgencyCounts(string Agency, long Open, long Overdue);

    private sealed record Snapshot(DateTimeOffset TakenAt, IReadOnlyList<AgencyCounts> Agencies, IReadOnlyList<Measurement<long>> OutboxPending);
}
