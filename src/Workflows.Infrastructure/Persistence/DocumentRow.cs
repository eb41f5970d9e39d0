namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// An uploaded document's metadata. It is uploaded first (no <see cref="InstanceId"/>), then handed in with a command,
/// which binds it to the case. The bytes are in <see cref="DocumentContentRow"/> so listing never loads them.
/// </summary>
public sealed class DocumentRow
{
    public Guid Id { get; init; }

    public required string Agency { get; init; }

    public Guid? InstanceId { get; set; }

    public string? Type { get; set; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long Size { get; init; }

    public required string Sha256 { get; init; }

    public required string UploadedBy { get; init; }

    public DateTimeOffset UploadedAt { get; init; }
}
