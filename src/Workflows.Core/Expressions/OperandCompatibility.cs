namespace Workflows.Core.Expressions;

/// <summary>
/// The rules for which operands may be compared, adding an error for each violation. Numbers compare with
/// numbers, strings with strings, bools with bools, enum fields with their own values, date fields with dates
/// and <c>yyyy-MM-dd</c> literals; anything equals <c>null</c>. Only numbers and dates can be ordered.
/// </summary>
internal sealed class OperandCompatibility(List<ExpressionError> errors)
{
    /// <summary>Rules for <c>==</c>, <c>!=</c> and list items of <c>in</c>; a plain mismatch is reported at <paramref name="mismatchOffset"/>.</summary>
    public void CheckEquatable(OperandType left, OperandType right, int mismatchOffset)
    {
        if (IsExempt(left) || IsExempt(right) || left.Kind == OperandKind.Null || right.Kind == OperandKind.Null
            || (left.IsNumber && right.IsNumber))
        {
            return;
        }

        if (left.Kind == OperandKind.Enum || right.Kind == OperandKind.Enum)
        {
            var (enumType, other) = left.Kind == OperandKind.Enum ? (left, right) : (right, left);
            CheckEnum(enumType, other, mismatchOffset);
        }
        else if (left.Kind == OperandKind.Date || right.Kind == OperandKind.Date)
        {
            var (dateType, other) = left.Kind == OperandKind.Date ? (left, right) : (right, left);
            CheckDate(dateType, other, mismatchOffset);
        }
        else if (left.Kind != right.Kind || left.Kind is not (OperandKind.String or OperandKind.Bool))
        {
            AddMismatch(left, right, mismatchOffset);
        }
    }

    /// <summary>Rules for <c>&lt; &lt;= &gt; &gt;=</c>; errors are reported at the operator.</summary>
    public void CheckOrderable(OperandType left, OperandType right, int operatorOffset, string symbol)
    {
        if (IsExempt(left) || IsExempt(right) || (left.IsNumber && right.IsNumber))
        {
            return;
        }

        if (left.Kind == OperandKind.Null || right.Kind == OperandKind.Null)
        {
            errors.Add(new ExpressionError(operatorOffset, $"'{symbol}' cannot be used with null"));
        }
        else if (left.Kind == OperandKind.Date || right.Kind == OperandKind.Date)
        {
            var (dateType, other) = left.Kind == OperandKind.Date ? (left, right) : (right, left);
            CheckDate(dateType, other, operatorOffset);
        }
        else
        {
            var unorderable = left.IsNumber ? right : left;
            errors.Add(new ExpressionError(
                operatorOffset,
                $"'{symbol}' cannot order {unorderable.Description}; only numbers and dates can be ordered"));
        }
    }

    private static bool IsExempt(OperandType type) => type.Kind == OperandKind.Unknown;

    private void CheckEnum(OperandType enumType, OperandType other, int mismatchOffset)
    {
        if (other.Kind == OperandKind.Enum)
        {
            if (!enumType.EnumValues.ToHashSet(StringComparer.Ordinal).SetEquals(other.EnumValues))
            {
                errors.Add(new ExpressionError(
                    mismatchOffset, $"cannot compare {enumType.Description} with {other.Description}: their values differ"));
            }
        }
        else if (other.LiteralText is { } text)
        {
            if (!enumType.EnumValues.Contains(text, StringComparer.Ordinal))
            {
                errors.Add(new ExpressionError(
                    other.Offset,
                    $"'{TextSnippet.Shorten(text)}' is not a value of enum field '{enumType.FieldName}' (allowed: {string.Join(", ", enumType.EnumValues)})"));
            }
        }
        else
        {
            AddMismatch(enumType, other, mismatchOffset);
        }
    }

    private void CheckDate(OperandType dateType, OperandType other, int mismatchOffset)
    {
        if (other.Kind == OperandKind.Date)
        {
            return;
        }

        if (other.LiteralText is { } text)
        {
            if (!DateLiteral.TryParse(text, out _))
            {
                errors.Add(new ExpressionError(other.Offset, DateLiteral.NotADateMessage(text)));
            }
        }
        else
        {
            AddMismatch(dateType, other, mismatchOffset);
        }
    }

    private void AddMismatch(OperandType left, OperandType right, int offset) =>
        errors.Add(new ExpressionError(offset, $"cannot compare {left.Description} with {right.Description}"));
}
