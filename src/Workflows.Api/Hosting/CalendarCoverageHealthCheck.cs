using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Workflows.Infrastructure.Calendars;

namespace Workflows.Api.Hosting;

/// <summary>
/// Healthy whatever it finds — a calendar running out is work for an administrator, not a reason to take the node
/// out of service — but names each calendar in use whose holiday list ends within the warning period, with the day
/// it ends and the days left, so the readiness report shows it.
/// </summary>
internal sealed class CalendarCoverageHealthCheck(CoverageCheck check, IOptions<CalendarOptions> options) : IHealthCheck
{
    public const string Name = "calendar-coverage";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<CoverageWarning> warnings;
        try
        {
            warnings = await check.RunAsync(cancellationToken);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
        {
            // The database check reports the database; this one only says it could not look.
            return HealthCheckResult.Healthy("Calendar coverage not checked: the definitions in use could not be read.");
        }

        if (warnings.Count == 0)
        {
            return HealthCheckResult.Healthy($"Every calendar in use lists holidays for at least the next {options.Value.CoverageWarningDays} days.");
        }

        var data = warnings.ToDictionary(w => w.Use.Id, w => (object)new { coveredTo = w.Coverage.To, daysLeft = w.DaysLeft }, StringComparer.Ordinal);
        return HealthCheckResult.Healthy(string.Join(" ", warnings.Select(w => w.Message)), data);
    }
}
