using System.Text.Json.Serialization;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Scheduling;

namespace Workflows.Api.Views;

/// <summary>A definition: the version new instances start on, whether it is retired, and (when read alone) its schedule.</summary>
public sealed record DefinitionView(
    string Id,
    string Agency,
    string Title,
    int? PublishedVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RetiredAt,
    IReadOnlyList<VersionView>? Versions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ScheduleView? Schedule = null)
{
    public static DefinitionView From(DefinitionRow row, IEnumerable<DefinitionVersionRow>? versions = null, ScheduleStatus? schedule = null)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.Agency, row.Title, row.PublishedVersion, row.CreatedAt, row.RetiredAt, versions?.Select(v => VersionView.From(v)).ToList(),
            schedule is null ? null : ScheduleView.From(schedule));
    }
}
