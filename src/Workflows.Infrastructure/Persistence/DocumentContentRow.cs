namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// One chunk of a document's bytes (bytea), <see cref="Seq"/> 0, 1, … in order. The bytes are written and read a chunk
/// at a time by <see cref="Documents.DocumentContents"/>, never as one value the size of the file.
/// </summary>
public sealed class DocumentContentRow
{
    public Guid DocumentId { get; init; }

    public int Seq { get; init; }

    public required byte[] Content { get; init; }
}
