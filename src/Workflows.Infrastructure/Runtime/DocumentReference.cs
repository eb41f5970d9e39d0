namespace Workflows.Infrastructure.Runtime;

/// <summary>An uploaded document handed in with a command, as the type the definition declares.</summary>
public sealed record DocumentReference(Guid Id, string Type);
