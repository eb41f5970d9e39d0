using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workflows.Core.Definitions;

namespace Workflows.Core.Runtime;

/// <summary>
/// Reads one JSON value as a declared data field and checks its constraints. Values are typed as the engine keeps them:
/// <c>string</c> (also enums), <c>long</c>, <c>decimal</c>, <c>bool</c> or <c>DateOnly</c>.
/// </summary>
internal static class DataValues
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Longest text a string field may hold when the definition sets no <c>max_length</c>.</summary>
    public const int MaxStringLength = 10_000;

    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>The typed value (null for JSON null) or why it does not fit the field.</summary>
    public static (object? Value, string? Error) Read(DataField field, JsonElement element)
    {
        if (element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return (null, null);
        }

        var (value, error) = field.Type switch
        {
            DataType.String => element.ValueKind == JsonValueKind.String ? (element.GetString(), null) : Wrong("a string", element),
            DataType.Enum => element.ValueKind == JsonValueKind.String ? (element.GetString(), null) : Wrong("one of the values as a string", element),
            DataType.Int => element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var integer) ? (integer, null) : Wrong("a whole number", element),
            DataType.Decimal => element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var number) ? (number, null) : Wrong("a number", element),
            DataType.Bool => element.ValueKind is JsonValueKind.True or JsonValueKind.False ? (element.GetBoolean(), null) : Wrong("true or false", element),
            DataType.Date => ReadDate(element),
            _ => Wrong("a supported value", element),
        };
        return error is not null ? (null, error) : (value, Check(field, value!));
    }

    /// <summary>A value stored by the engine itself, read back as the field's type (no constraint checks).</summary>
    public static object? Retype(DataField field, JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : field.Type switch
        {
            DataType.Int => element.GetInt64(),
            DataType.Decimal => element.GetDecimal(),
            DataType.Bool => element.GetBoolean(),
            DataType.Date => DateOnly.ParseExact(element.GetString()!, DateFormat, CultureInfo.InvariantCulture),
            _ => element.GetString(),
        };

    private static (object?, string?) ReadDate(JsonElement element) =>
        element.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(element.GetString(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, null)
            : Wrong($"a date written {DateFormat}", element);

    private static (object?, string?) Wrong(string expected, JsonElement element) => (null, $"must be {expected}, not {Describe(element)}");

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the string '{Snippet(element.GetString()!)}'",
        JsonValueKind.Number => $"the number {Snippet(element.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        _ => element.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string? Check(DataField field, object value) => value switch
    {
        string text when field.Type == DataType.Enum => field.Values.Contains(text)
            ? null
            : $"'{Snippet(text)}' is not one of {string.Join(", ", field.Values)}",
        string text => CheckText(field, text),
        long integer => CheckBounds(field, integer, s => long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture)),
        decimal number => CheckBounds(field, number, s => decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture)),
        DateOnly date => CheckBounds(field, date, s => DateOnly.ParseExact(s, DateFormat, CultureInfo.InvariantCulture)),
        _ => null,
    };

    private static string? CheckText(DataField field, string text)
    {
        var max = field.MaxLength ?? MaxStringLength;
        if (text.Length > max)
        {
            return $"must be at most {max} characters long ({text.Length})";
        }

        if (field.MinLength is { } min && text.Length < min)
        {
            return $"must be at least {min} characters long ({text.Length})";
        }

        if (field.Pattern is not { } pattern)
        {
            return null;
        }

        try
        {
            // Non-backtracking, as the validator checked: a pattern runs in time linear in the text.
            return Regex.IsMatch(text, pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, PatternTimeout)
                ? null
                : $"must match {pattern}";
        }
        catch (RegexMatchTimeoutException)
        {
            return $"could not be matched against {pattern} in time";
        }
    }

    private static string? CheckBounds<T>(DataField field, T value, Func<string, T> parse)
        where T : IComparable<T>
    {
        if (field.Min is { } min && value.CompareTo(parse(min)) < 0)
        {
            return $"must be at least {min}";
        }

        return field.Max is { } max && value.CompareTo(parse(max)) > 0 ? $"must be at most {max}" : null;
    }

    private static string Snippet(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
