using System.Collections.Immutable;
using Workflows.Core.Time;

namespace Workflows.Core.Definitions;

/// <summary>The <i>Standar Pelayanan</i>: the total time promised, the product, the requirements and the fee.</summary>
public sealed record ServiceStandard(
    MutuBaku Total,
    string? Product,
    ImmutableArray<string> Requirements,
    string? Fee,
    string? Document = null,
    string? EscalateTo = null);
