namespace Workflows.Core.Definitions;

/// <summary>Provenance of an SOP: its number, dates and the decree that issued it.</summary>
public sealed record SourceInfo(
    string? Number,
    string? Title,
    string? Created,
    string? Revision,
    string? Effective,
    string? Decree,
    string? Document,
    string? Notes);
