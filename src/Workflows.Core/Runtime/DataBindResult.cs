using System.Collections.Immutable;

namespace Workflows.Core.Runtime;

/// <summary>Instance data after input was bound to the declared fields, or the list of what is wrong (one line per field).</summary>
public sealed record DataBindResult(ImmutableSortedDictionary<string, object?> Data, ImmutableArray<string> Errors)
{
    public bool Succeeded => Errors.IsEmpty;
}
