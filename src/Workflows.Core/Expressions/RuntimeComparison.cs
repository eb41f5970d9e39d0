namespace Workflows.Core.Expressions;

/// <summary>
/// Compares evaluated operands: numbers numerically (int and decimal mix), strings ordinally, dates as dates
/// (a <c>yyyy-MM-dd</c> literal counts as a date when compared with a date value). Values that do not fit
/// raise <see cref="ConditionEvaluationException"/>.
/// </summary>
internal static class RuntimeComparison
{
    /// <summary><c>==</c>: two nulls are equal, a null and a value are not.</summary>
    public static bool AreEqual(RuntimeValue left, RuntimeValue right)
    {
        if (left.Value is null || right.Value is null)
        {
            return left.Value is null && right.Value is null;
        }

        if (left.IsNumber && right.IsNumber)
        {
            return left.AsDecimal == right.AsDecimal;
        }

        if (left.Value is DateOnly || right.Value is DateOnly)
        {
            return AsDate(left, right) == AsDate(right, left);
        }

        return (left.Value, right.Value) switch
        {
            (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
            (bool a, bool b) => a == b,
            _ => throw Mismatch(left, right),
        };
    }

    /// <summary>Orders two values; <c>null</c> when either is null (so every ordering comparison is false).</summary>
    public static int? Order(RuntimeValue left, RuntimeValue right, string symbol)
    {
        if (left.Value is null || right.Value is null)
        {
            return null;
        }

        if (left.IsNumber && right.IsNumber)
        {
            return left.AsDecimal.CompareTo(right.AsDecimal);
        }

        if (left.Value is DateOnly || right.Value is DateOnly)
        {
            return AsDate(left, right).CompareTo(AsDate(right, left));
        }

        var unorderable = left.IsNumber ? right : left;
        throw new ConditionEvaluationException(
            $"'{symbol}' cannot order {unorderable.Describe()}; only numbers and dates can be ordered",
            left.FieldName ?? right.FieldName);
    }

    /// <summary>The date in <paramref name="value"/>, which is compared with <paramref name="other"/>, a date.</summary>
    private static DateOnly AsDate(RuntimeValue value, RuntimeValue other)
    {
        switch (value.Value)
        {
            case DateOnly date:
                return date;
            case string text when value.IsLiteral:
                return DateLiteral.TryParse(text, out var parsed)
                    ? parsed
                    : throw new ConditionEvaluationException(
                        $"cannot compare {other.Describe()} with {value.Describe()}: {DateLiteral.NotADateMessage(text)}",
                        other.FieldName);
            default:
                throw Mismatch(other, value);
        }
    }

    private static ConditionEvaluationException Mismatch(RuntimeValue left, RuntimeValue right) =>
        new($"cannot compare {left.Describe()} with {right.Describe()}", left.FieldName ?? right.FieldName);
}
