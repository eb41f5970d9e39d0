namespace Workflows.Core.Definitions.V1;

/// <summary>The <i>Standar Pelayanan</i>: what is promised to the citizen or employee.</summary>
public sealed class ServiceStandardV1
{
    public Located<string>? Total { get; init; }

    public Located<string>? Product { get; init; }

    /// <summary>The document type that is the service's product.</summary>
    public Located<string>? Document { get; init; }

    /// <summary>The agency head role told when a whole instance exceeds <see cref="Total"/>.</summary>
    public Located<string>? EscalateTo { get; init; }

    public IReadOnlyList<Located<string>> Requirements { get; init; } = [];

    public Located<string>? Fee { get; init; }
}
