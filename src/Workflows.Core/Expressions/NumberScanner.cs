using System.Globalization;

namespace Workflows.Core.Expressions;

/// <summary>
/// Scans an integer (<c>5</c>, <c>-3</c>, read as <see cref="long"/>) or a decimal (<c>2.5</c>, read as
/// <see cref="decimal"/>). Numbers that do not fit are errors, never silently rounded.
/// </summary>
internal static class NumberScanner
{
    /// <summary>At most this many digits fit a <see cref="decimal"/> exactly.</summary>
    private const int MaxDecimalDigits = 28;

    public static Token Scan(string text, int start)
    {
        var position = text[start] == '-' ? start + 1 : start;
        position = SkipDigits(text, position);
        var isDecimal = position < text.Length && text[position] == '.';
        if (isDecimal)
        {
            if (position + 1 == text.Length || !char.IsAsciiDigit(text[position + 1]))
            {
                return ConditionLexer.Error(position, "a decimal point must be followed by digits");
            }

            position = SkipDigits(text, position + 1);
        }

        if (position < text.Length && (char.IsAsciiLetter(text[position]) || text[position] is '_' or '.'))
        {
            return ConditionLexer.Error(start, "invalid number");
        }

        var span = text.AsSpan(start, position - start);
        if (!isDecimal)
        {
            return long.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                ? new Token(TokenKind.Integer, start, span.Length, integer)
                : ConditionLexer.Error(start, "number is too large");
        }

        var digits = span.Length - (span[0] == '-' ? 2 : 1);
        return digits <= MaxDecimalDigits && decimal.TryParse(
            span, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? new Token(TokenKind.Decimal, start, span.Length, number)
            : ConditionLexer.Error(start, $"number has too many digits (at most {MaxDecimalDigits})");
    }

    private static int SkipDigits(string text, int position)
    {
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        return position;
    }
}
