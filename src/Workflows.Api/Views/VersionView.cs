using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Api.Views;

/// <summary>One immutable version; <see cref="Yaml"/> and <see cref="Compiled"/> only when a single version is read.</summary>
public sealed record VersionView(
    string Definition,
    int Version,
    string Status,
    string Title,
    string Sha256,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    string? PublishedBy,
    string? Yaml,
    JsonNode? Compiled)
{
    /// <summary>After a publish: the schedule of the definition, which the scheduler took or refused after the commit.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleView? Schedule { get; init; }

    public static VersionView From(DefinitionVersionRow row, JsonNode? compiled = null, bool withYaml = false)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.DefinitionId, row.Version, row.Status, row.Title, row.Sha256, row.CreatedBy, row.CreatedAt, row.PublishedAt, row.PublishedBy, withYaml ? row.Yaml : null, compiled);
    }
}
