namespace Workflows.Core.Definitions;

/// <summary>A <i>pelaksana</i>. External roles are parties outside the agency (BKN, kampus, perusahaan, ...).</summary>
public sealed record Role(string Id, string Title, bool External, string? Supervisor);
