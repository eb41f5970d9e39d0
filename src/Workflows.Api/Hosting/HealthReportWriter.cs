using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Workflows.Api.Hosting;

/// <summary>
/// Writes a health report as JSON: the overall status, and each check's status. Description and data only of checks
/// tagged <see cref="Details"/> — the probes are anonymous, and a third-party check (the bus's) may name hosts in them.
/// </summary>
internal static class HealthReportWriter
{
    /// <summary>The tag of a check whose description and data may be shown to anyone.</summary>
    public const string Details = "details";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        var checks = report.Entries.ToDictionary(e => e.Key, e => View(e.Value), StringComparer.Ordinal);
        return JsonSerializer.SerializeAsync(context.Response.Body, new { status = report.Status.ToString(), checks }, Options, context.RequestAborted);
    }

    private static CheckView View(HealthReportEntry entry) => entry.Tags.Contains(Details)
        ? new CheckView(entry.Status.ToString(), entry.Description, entry.Data.Count > 0 ? entry.Data : null)
        : new CheckView(entry.Status.ToString(), null, null);

    private sealed record CheckView(string Status, string? Description, IReadOnlyDictionary<string, object>? Data);
}
