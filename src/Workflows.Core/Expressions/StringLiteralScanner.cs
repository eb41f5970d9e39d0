using System.Globalization;
using System.Text;

namespace Workflows.Core.Expressions;

/// <summary>
/// Scans a string literal in single or double quotes. A backslash escapes only the enclosing quote or a
/// backslash. Control characters and invisible formatting characters (zero-width, bidirectional overrides)
/// are rejected so that what a reviewer reads is what is compared.
/// </summary>
internal static class StringLiteralScanner
{
    public static Token Scan(string text, int start)
    {
        var quote = text[start];
        var value = new StringBuilder();
        var position = start + 1;
        while (position < text.Length)
        {
            var character = text[position];
            if (character == quote)
            {
                return new Token(TokenKind.String, start, position + 1 - start, value.ToString());
            }

            if (character == '\\')
            {
                if (position + 1 == text.Length)
                {
                    break;
                }

                var escaped = text[position + 1];
                if (escaped != quote && escaped != '\\')
                {
                    return ConditionLexer.Error(
                        position, $"invalid escape in string; only \\{quote} and \\\\ are allowed");
                }

                value.Append(escaped);
                position += 2;
                continue;
            }

            if (char.IsControl(character) || CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.Format)
            {
                return ConditionLexer.Error(
                    position,
                    $"character {TextSnippet.DescribeCharacter(text, position)} is not allowed in a string");
            }

            value.Append(character);
            position++;
        }

        return ConditionLexer.Error(start, "unterminated string");
    }
}
