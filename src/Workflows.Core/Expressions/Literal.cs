using System.Globalization;
using System.Text;

namespace Workflows.Core.Expressions;

/// <summary>
/// A constant: a <see cref="string"/>, <see cref="long"/>, <see cref="decimal"/>, <see cref="bool"/> or <c>null</c>.
/// </summary>
public sealed record Literal(int Offset, object? Value) : ConditionNode(Offset)
{
    /// <summary>The constant; an <see cref="int"/> given to the constructor is stored as a <see cref="long"/>.</summary>
    public object? Value { get; } = Normalize(Value);

    internal override NodePrecedence Precedence => NodePrecedence.Operand;

    public override string ToString() => Value switch
    {
        null => "null",
        true => "true",
        false => "false",
        long number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => RenderDecimal(number),
        string text => Quote(text),
        _ => throw new InvalidOperationException("A literal holds an unsupported value."),
    };

    /// <summary>Single-quoted text with <c>\</c> and <c>'</c> escaped by a backslash.</summary>
    internal static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var character in text)
        {
            if (character is '\'' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(character);
        }

        return builder.Append('\'').ToString();
    }

    private static string RenderDecimal(decimal number)
    {
        var text = number.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.') ? text : text + ".0";
    }

    private static object? Normalize(object? value) => value switch
    {
        null or string or long or decimal or bool => value,
        int number => (long)number,
        _ => throw new ArgumentException(
            $"A literal cannot hold a {value.GetType().Name}; use string, long, decimal, bool or null.", nameof(value)),
    };
}
