namespace Workflows.Core.Runtime;

/// <summary>A document handed in with a command (already stored by the shell), declared as one of the definition's types.</summary>
public sealed record SuppliedDocument(Guid Id, string Type, string FileName, string ContentType, long Size, string Sha256);
