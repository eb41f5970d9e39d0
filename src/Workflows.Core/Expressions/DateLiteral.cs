using System.Globalization;

namespace Workflows.Core.Expressions;

/// <summary>Dates in conditions are string literals written <c>yyyy-MM-dd</c>.</summary>
internal static class DateLiteral
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string NotADateMessage(string text) =>
        $"'{TextSnippet.Shorten(text)}' is not a date; write dates as {Format}";
}
