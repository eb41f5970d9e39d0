using System.Globalization;

namespace Workflows.Core.Expressions;

/// <summary>Helpers that keep quoted user text in messages short and readable.</summary>
internal static class TextSnippet
{
    private const int MaxLength = 40;

    public static string Shorten(string text) =>
        text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength), "...");

    /// <summary>Describes the character at <paramref name="offset"/>, e.g. <c>';'</c> or <c>U+200B</c>.</summary>
    public static string DescribeCharacter(string text, int offset)
    {
        var character = text[offset];
        if (character is > ' ' and < '\u007F')
        {
            return $"'{character}'";
        }

        var codePoint = char.IsSurrogatePair(text, offset) ? char.ConvertToUtf32(text, offset) : character;
        var code = $"U+{codePoint.ToString("X4", CultureInfo.InvariantCulture)}";
        var visible = !char.IsControl(character) && !char.IsWhiteSpace(character) && !char.IsSurrogate(character)
            && CharUnicodeInfo.GetUnicodeCategory(character) is not (UnicodeCategory.Format
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse);
        return visible ? $"'{character}' ({code})" : code;
    }
}
