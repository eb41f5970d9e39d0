using Workflows.Infrastructure.Persistence;

namespace Workflows.Api.Contracts;

/// <summary>A definition: the version new cases start on, and whether it is retired.</summary>
public sealed record DefinitionView(
    string Id,
    string Agency,
    string Title,
    int? PublishedVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RetiredAt,
    IReadOnlyList<VersionView>? Versions)
{
    public static DefinitionView From(DefinitionRow row, IEnumerable<DefinitionVersionRow>? versions = null)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.Agency, row.Title, row.PublishedVersion, row.CreatedAt, row.RetiredAt, versions?.Select(v => VersionView.From(v)).ToList());
    }
}
