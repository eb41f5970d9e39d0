using System.Globalization;
using System.Text.RegularExpressions;

namespace Workflows.Core.Time;

/// <summary>
/// Reads the mutu baku column of SOP tables (PermenPAN-RB 35/2012 format), in the Indonesian and English
/// forms found in the seeds. Text comes from administrators' files, so it never throws: every problem is
/// reported through <c>error</c>.
/// </summary>
public static partial class MutuBakuParser
{
    public const int MaxTextLength = 200;

    private const int QuotedLength = 60;

    public static bool TryParse(string? text, out MutuBaku result, out string error)
    {
        result = MutuBaku.NoStandard(text ?? string.Empty);
        error = string.Empty;
        if (text is null)
        {
            return true;
        }

        if (text.Length > MaxTextLength)
        {
            error = $"duration text too long ({text.Length} characters, at most {MaxTextLength}): '{Quote(text)}'";
            return false;
        }

        var normalized = Normalize(text);
        if (MutuBakuVocabulary.NoStandard.Contains(normalized))
        {
            return true;
        }

        if (SingleForm().Match(normalized) is { Success: true } single)
        {
            if (!TryAmount(single.Groups["n"].Value, single.Groups["u"].Value, text, out var value, out error))
            {
                return false;
            }

            result = new MutuBaku(text, null, value);
            return true;
        }

        if (RangeForm().Match(normalized) is { Success: true } range)
        {
            return TryRange(range, text, out result, out error);
        }

        error = $"unknown duration '{Quote(text)}'";
        return false;
    }

    private static bool TryRange(Match range, string text, out MutuBaku result, out string error)
    {
        result = MutuBaku.NoStandard(text);
        var maxUnit = range.Groups["ub"].Value;
        var minUnit = range.Groups["ua"].Success ? range.Groups["ua"].Value : maxUnit;
        if (!TryAmount(range.Groups["a"].Value, minUnit, text, out var min, out error)
            || !TryAmount(range.Groups["b"].Value, maxUnit, text, out var max, out error))
        {
            return false;
        }

        if (DurationMath.ApproximateWorkingHours(min) > DurationMath.ApproximateWorkingHours(max))
        {
            error = $"duration range '{Quote(text)}' starts above its end: {min} is longer than {max}";
            return false;
        }

        result = new MutuBaku(text, min, max);
        return true;
    }

    private static bool TryAmount(string digits, string unitWords, string text, out DurationAmount amount, out string error)
    {
        amount = default;
        error = string.Empty;
        if (!MutuBakuVocabulary.Units.TryGetValue(unitWords.Trim(), out var unit))
        {
            error = $"unknown duration '{Quote(text)}'";
            return false;
        }

        // Too many digits for a long is still just an absurd amount, not a different kind of error.
        var value = long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : long.MaxValue;
        var scaled = value > long.MaxValue / unit.Factor ? long.MaxValue : value * unit.Factor;
        if (DurationAmount.Problem(scaled, unit.Unit, $"'{Quote(text)}'") is { } problem)
        {
            error = problem;
            return false;
        }

        amount = new DurationAmount((int)scaled, unit.Unit);
        return true;
    }

    /// <summary>Lower-cases, collapses whitespace (incl. non-breaking spaces from Word tables),
    /// drops a trailing period and the number-in-words the seeds add: "3 (tiga) hari" → "3 hari".</summary>
    private static string Normalize(string text)
    {
        var collapsed = Whitespace().Replace(text.ToLowerInvariant(), " ").Trim().TrimEnd('.').TrimEnd();
        return NumberInWords().Replace(collapsed, "$1");
    }

    private static string Quote(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= QuotedLength ? trimmed : string.Concat(trimmed.AsSpan(0, QuotedLength - 1), "…");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"([0-9])\s*\([^()]*\)")]
    private static partial Regex NumberInWords();

    [GeneratedRegex(@"^(?<n>[0-9]+)\s*(?<u>\p{L}[\p{L} ]*)$")]
    private static partial Regex SingleForm();

    [GeneratedRegex(@"^(?<a>[0-9]+)\s*(?<ua>\p{L}[\p{L} ]*?)?\s*(?:[-–—]|s\.\s?d\.?|s/d|\bsampai dengan\b|\bsampai\b|\bhingga\b|\bto\b)\s*(?<b>[0-9]+)\s*(?<ub>\p{L}[\p{L} ]*)$")]
    private static partial Regex RangeForm();
}
