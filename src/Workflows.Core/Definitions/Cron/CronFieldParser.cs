using System.Globalization;

namespace Workflows.Core.Definitions.Cron;

/// <summary>
/// Reads one field: <c>*</c>, values, lists, ranges, steps (<c>*/15</c>, <c>8/2</c>, <c>1-15/2</c>) and names. Quartz's
/// <c>L</c>, <c>W</c> and <c>#</c> are refused as not supported: a schedule states the days it means.
/// </summary>
internal static class CronFieldParser
{
    /// <summary>The values the field allows, indexed by value (index 0 unused where the field starts at 1).</summary>
    public static bool[] Parse(string text, CronField field)
    {
        var values = new bool[field.Max + 1];
        foreach (var item in text.Split(','))
        {
            var (from, to, step) = Item(item, field);
            for (var value = from; value <= to; value += step)
            {
                values[value] = true;
            }
        }

        return values;
    }

    private static (int From, int To, int Step) Item(string item, CronField field)
    {
        if (item.Length == 0)
        {
            throw new CronSyntaxException($"{field.Name} has an empty list item");
        }

        if (item.Contains('#', StringComparison.Ordinal))
        {
            throw new CronSyntaxException($"'#' is not supported (in '{item}'); list the days instead");
        }

        var slash = item.IndexOf('/', StringComparison.Ordinal);
        var range = slash < 0 ? item : item[..slash];
        var step = slash < 0 ? 1 : Step(item[(slash + 1)..], field);
        if (range == "*")
        {
            return (field.Min, field.Max, step);
        }

        var dash = range.IndexOf('-', StringComparison.Ordinal);
        var from = Value(dash < 0 ? range : range[..dash], field);
        var to = dash < 0 ? (slash < 0 ? from : field.Max) : Value(range[(dash + 1)..], field);
        if (to < from)
        {
            throw new CronSyntaxException($"{field.Name} range '{range}' runs backwards; split it in two (e.g. '22-23,0-2')");
        }

        return (from, to, step);
    }

    private static int Step(string text, CronField field) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var step) && step >= 1 && step <= field.Max
            ? step
            : throw new CronSyntaxException($"{field.Name} step '{text}' is not valid: a step must be at least 1 and at most {field.Max}");

    private static int Value(string text, CronField field)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            if (field.NamesOnly)
            {
                throw new CronSyntaxException(
                    $"day-of-week must be written as names (SUN, MON, TUE, WED, THU, FRI, SAT), not '{text}': schedulers number the days differently");
            }

            return number >= field.Min && number <= field.Max
                ? number
                : throw new CronSyntaxException($"{field.Name} value {number} is out of range {field.Min}-{field.Max}");
        }

        if (field.ValueOf(text) is { } named)
        {
            return named;
        }

        foreach (var letter in new[] { 'L', 'W' })
        {
            if (text.Contains(letter, StringComparison.Ordinal) && (field == CronField.DayOfMonth || field == CronField.DayOfWeek))
            {
                throw new CronSyntaxException($"'{letter}' is not supported (in '{text}'); list the days instead");
            }
        }

        var kind = field.Names is null ? "a number" : $"a number or a {field.Name} name ({string.Join(", ", field.Names)})";
        throw new CronSyntaxException($"'{text}' is not a {field.Name}: write {kind}");
    }
}
