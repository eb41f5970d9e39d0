using System.ComponentModel.DataAnnotations;

namespace Workflows.Infrastructure.Observability;

/// <summary>The <c>Workflows:Metrics</c> configuration section.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Workflows:Metrics";

    /// <summary>
    /// Serves the metrics at <c>GET /metrics</c> in the Prometheus text format (off by default: meant for an internal
    /// port that the scraper reaches, not for the public listener).
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// How old the database counts behind the gauges (open and overdue tasks, outbox) may be before a scrape counts
    /// again: a burst of scrapes, or several scrapers, costs one query per interval.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan GaugeRefresh { get; set; } = TimeSpan.FromSeconds(15);
}
