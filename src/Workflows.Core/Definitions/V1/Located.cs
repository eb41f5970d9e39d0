using Workflows.Core.Diagnostics;

namespace Workflows.Core.Definitions.V1;

/// <summary>A value read from a file together with where it was written, so that later checks can point at it.</summary>
public sealed record Located<T>(T Value, SourcePosition Position)
{
    public override string ToString() => Value?.ToString() ?? "";
}
