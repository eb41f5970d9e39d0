using System.Collections.Immutable;

namespace Workflows.Core.Definitions;

/// <summary>What a condition needs to know about a data field: its type and, for enums, the allowed values.</summary>
public sealed record FieldShape(DataType Type, ImmutableArray<string> EnumValues)
{
    public static FieldShape Of(DataType type) => new(type, []);
}
