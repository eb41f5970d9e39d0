namespace Workflows.Infrastructure.Persistence;

/// <summary>A definition id within an agency; its content lives in immutable <see cref="DefinitionVersionRow"/>s.</summary>
public sealed class DefinitionRow
{
    public required string Id { get; init; }

    public required string Agency { get; init; }

    public required string Title { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Set when retired: no new instances may start; running ones go on.</summary>
    public DateTimeOffset? RetiredAt { get; set; }

    public string? RetiredBy { get; set; }

    /// <summary>The version new instances start on; null until one is published.</summary>
    public int? PublishedVersion { get; set; }
}
