using System.Globalization;

namespace Workflows.Core.Expressions;

/// <summary>
/// An operand's value during evaluation, normalized to <see cref="string"/>, <see cref="long"/>,
/// <see cref="decimal"/>, <see cref="bool"/>, <see cref="DateOnly"/> or <c>null</c>, with where it came from.
/// </summary>
internal readonly record struct RuntimeValue(object? Value, string? FieldName, bool IsLiteral)
{
    public static RuntimeValue FromField(string name, object? value) => new(Normalize(name, value), name, false);

    public static RuntimeValue FromLiteral(Literal literal) => new(literal.Value, null, true);

    public static RuntimeValue FromCondition(bool value) => new(value, null, false);

    public bool IsNumber => Value is long or decimal;

    public decimal AsDecimal => Value is long integer ? integer : (decimal)Value!;

    /// <summary>For messages, e.g. <c>field 'amount' (string 'abc')</c> or <c>number 5</c>.</summary>
    public string Describe()
    {
        var value = Value switch
        {
            null => "no value",
            string text => $"string '{TextSnippet.Shorten(text)}'",
            long or decimal => $"number {Convert.ToString(Value, CultureInfo.InvariantCulture)}",
            bool flag => flag ? "true" : "false",
            DateOnly date => $"date {date.ToString(DateLiteral.Format, CultureInfo.InvariantCulture)}",
            _ => Value.GetType().Name,
        };
        return FieldName is null ? (IsLiteral ? value : $"a true/false expression ({value})") : $"field '{FieldName}' ({value})";
    }

    private static object? Normalize(string name, object? value)
    {
        switch (value)
        {
            case null or string or long or decimal or bool or DateOnly:
                return value;
            case int integer:
                return (long)integer;
            case double real:
                try
                {
                    return (decimal)real;
                }
                catch (OverflowException)
                {
                    throw new ConditionEvaluationException(
                        $"field '{name}' holds the number {real.ToString(CultureInfo.InvariantCulture)}, which cannot be compared",
                        name);
                }

            default:
                throw new ConditionEvaluationException(
                    $"field '{name}' holds a value of unsupported type {value.GetType().Name}", name);
        }
    }
}
