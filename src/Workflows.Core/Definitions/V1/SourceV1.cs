namespace Workflows.Core.Definitions.V1;

/// <summary>Where an SOP comes from: its number, dates and the decree that issued it.</summary>
public sealed class SourceV1
{
    public Located<string>? Number { get; init; }

    public Located<string>? Title { get; init; }

    public Located<string>? Created { get; init; }

    public Located<string>? Revision { get; init; }

    public Located<string>? Effective { get; init; }

    public Located<string>? Decree { get; init; }

    public Located<string>? Document { get; init; }

    public Located<string>? Notes { get; init; }
}
