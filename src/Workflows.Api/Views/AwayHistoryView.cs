using System.Text.Json;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Api.Views;

/// <summary>A line of the away audit: who recorded or removed which period, when, and the period itself.</summary>
public sealed record AwayHistoryView(Guid Period, string Action, string Actor, DateTimeOffset At, JsonElement Detail)
{
    public static AwayHistoryView From(AwayAuditRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        using var detail = JsonDocument.Parse(row.Detail);
        return new(row.PeriodId, row.Action, row.Actor, row.At, detail.RootElement.Clone());
    }
}
