namespace Workflows.Infrastructure.Persistence;

/// <summary>One immutable version of a definition: the YAML as submitted. Only its status changes.</summary>
public sealed class DefinitionVersionRow
{
    public required string DefinitionId { get; init; }

    public int Version { get; init; }

    public required string Status { get; set; }

    public required string Title { get; init; }

    public required string Yaml { get; init; }

    public required string Sha256 { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }
}
