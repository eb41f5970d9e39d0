namespace Workflows.Infrastructure.Persistence;

/// <summary>The bytes of a document (bytea).</summary>
public sealed class DocumentContentRow
{
    public Guid DocumentId { get; init; }

    public required byte[] Content { get; init; }
}
