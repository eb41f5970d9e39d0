namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// An uploaded document's metadata. It is uploaded first (no <see cref="InstanceId"/>), then handed in with a command,
/// which binds it to the instance. The bytes are in <see cref="DocumentContentRow"/> chunks so listing never loads them;
/// size and hash are set once the upload has been streamed in.
/// </summary>
public sealed class DocumentRow
{
    public Guid Id { get; init; }

    public required string Agency { get; init; }

    public Guid? InstanceId { get; set; }

    public string? Type { get; set; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public required string UploadedBy { get; init; }

    public DateTimeOffset UploadedAt { get; init; }
}
