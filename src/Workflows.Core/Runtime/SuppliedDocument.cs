namespace Workflows.Core.Runtime;

/// <summary>A document handed in with a command (already stored by the shell), declared as one of the definition's types.</summary>
public sealed record SuppliedDocument(Guid Id, string Type, string FileName, string ContentType, long Size, string Sha256)
{
    /// <summary>
    /// Who uploaded it, when no instance holds it yet: then only that person, or a holder of the actor role of the step it is
    /// handed in at, may hand it in. Null for a document that already belongs to the instance or its family (sub-processes).
    /// </summary>
    public string? UploadedBy { get; init; }
}
