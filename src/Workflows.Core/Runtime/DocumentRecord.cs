namespace Workflows.Core.Runtime;

/// <summary>
/// A document held by an instance. The content lives outside the core; the record carries what identifies it.
/// <see cref="StepId"/> and <see cref="TaskId"/> say where it was handed in (null for documents given at the start).
/// </summary>
public sealed record DocumentRecord(
    Guid Id,
    string Type,
    string FileName,
    string ContentType,
    long Size,
    string Sha256,
    string? StepId,
    Guid? TaskId,
    string AddedBy,
    DateTimeOffset AddedAt);
