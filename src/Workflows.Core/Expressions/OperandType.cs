using System.Collections.Immutable;
using System.Globalization;
using Workflows.Core.Definitions;

namespace Workflows.Core.Expressions;

/// <summary>
/// What the type checker knows about one operand: its kind, a description for messages, where it is, and for
/// string literals the text (which may name an enum value or a date) and for enum fields the allowed values.
/// </summary>
internal sealed record OperandType(OperandKind Kind, string Description, int Offset)
{
    public string? LiteralText { get; init; }

    public string? FieldName { get; init; }

    public ImmutableArray<string> EnumValues { get; init; } = [];

    public bool IsNumber => Kind is OperandKind.Int or OperandKind.Decimal;

    public static OperandType Unknown(int offset) => new(OperandKind.Unknown, "an unknown value", offset);

    public static OperandType BoolExpression(int offset) => new(OperandKind.Bool, "a true/false expression", offset);

    public static OperandType OfField(FieldReference field, FieldShape shape)
    {
        var kind = shape.Type switch
        {
            DataType.String => OperandKind.String,
            DataType.Int => OperandKind.Int,
            DataType.Decimal => OperandKind.Decimal,
            DataType.Bool => OperandKind.Bool,
            DataType.Date => OperandKind.Date,
            DataType.Enum => OperandKind.Enum,
            _ => OperandKind.Unknown,
        };
        return new OperandType(kind, $"{shape.Type.ToString().ToLowerInvariant()} field '{field.Name}'", field.Offset)
        {
            FieldName = field.Name,
            EnumValues = shape.EnumValues.IsDefault ? [] : shape.EnumValues,
        };
    }

    public static OperandType OfLiteral(Literal literal) => literal.Value switch
    {
        null => new(OperandKind.Null, "null", literal.Offset),
        bool value => new(OperandKind.Bool, value ? "true" : "false", literal.Offset),
        long value => new(OperandKind.Int, $"number {value.ToString(CultureInfo.InvariantCulture)}", literal.Offset),
        decimal value => new(OperandKind.Decimal, $"number {value.ToString(CultureInfo.InvariantCulture)}", literal.Offset),
        string value => new(OperandKind.String, $"string '{TextSnippet.Shorten(value)}'", literal.Offset)
        {
            LiteralText = value,
        },
        _ => Unknown(literal.Offset),
    };
}
