using System.Collections.Immutable;
using System.Text.Json;

namespace Workflows.Core.Definitions;

/// <summary>A typed field of an instance's <c>data</c>, with its constraints as written (bounds in the field's own type).</summary>
public sealed record DataField(
    string Name,
    DataType Type,
    string? Title,
    bool Required,
    string? Min,
    string? Max,
    int? MinLength,
    int? MaxLength,
    string? Pattern,
    ImmutableArray<string> Values,
    JsonElement? Example = null)
{
    public FieldShape Shape => new(Type, Values);
}
