using Workflows.Infrastructure.Persistence;

namespace Workflows.Api.Views;

/// <summary>An instance in a list; <see cref="DueProvisional"/> as in <see cref="InstanceView"/>.</summary>
public sealed record InstanceSummary(
    Guid Id,
    string Definition,
    int Version,
    string BusinessKey,
    string Status,
    string? Result,
    DateTimeOffset StartedAt,
    DateTimeOffset? Due,
    bool DueProvisional,
    DateTimeOffset? EndedAt)
{
    public static InstanceSummary From(InstanceRow row, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.DefinitionId, row.DefinitionVersion, row.BusinessKey, row.Status, row.Result,
            row.StartedAt.In(zone), row.Due.In(zone), row.DueProvisional, row.EndedAt.In(zone));
    }
}
