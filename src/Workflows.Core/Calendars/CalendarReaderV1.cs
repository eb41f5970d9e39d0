using Workflows.Core.Definitions.V1;
using Workflows.Core.Diagnostics;
using Workflows.Core.Yaml;

namespace Workflows.Core.Calendars;

/// <summary>Maps a calendar file's YAML tree onto <see cref="CalendarV1"/>.</summary>
public static class CalendarReaderV1
{
    private static readonly string[] TopKeys = ["schema", "id", "title", "extends", "time_zone", "hours", "closed_on", "covers", "holidays", "recurring_holidays", "periods"];
    private static readonly string[] CoversKeys = ["from", "to"];
    private static readonly string[] HolidayKeys = ["date", "kind", "name"];
    private static readonly string[] PeriodKeys = ["name", "from", "to", "hours"];
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static CalendarV1? Read(YNode root, DiagnosticBag bag)
    {
        var top = MappingReader.For(root, bag, "a calendar", TopKeys);
        if (top is null)
        {
            return null;
        }

        if (top.Text("schema") is { } schema && schema.Value != CalendarV1.SchemaName)
        {
            bag.Error(DiagnosticCodes.UnsupportedSchema, schema.Position, $"unsupported schema '{schema.Value}'; this version reads '{CalendarV1.SchemaName}'");
            return null;
        }

        return new CalendarV1
        {
            Position = root.Position,
            Id = top.Text("id", required: true),
            Title = top.Text("title"),
            Extends = top.Text("extends"),
            TimeZone = top.Text("time_zone"),
            Hours = ReadHours(top.Mapping["hours"], bag),
            ClosedOn = top.Mapping["closed_on"] is null ? null : top.TextList("closed_on"),
            Holidays = Items(top, "holidays", bag, item =>
                MappingReader.For(item, bag, "a holiday", HolidayKeys) is { } r
                    ? new HolidayV1(item.Position, r.Text("date", required: true), r.Text("kind", required: true), r.Text("name"))
                    : null),
            RecurringHolidays = Items(top, "recurring_holidays", bag, item =>
                MappingReader.For(item, bag, "a recurring holiday", HolidayKeys) is { } r
                    ? new HolidayV1(item.Position, r.Text("date", required: true), r.Text("kind", required: true), r.Text("name"))
                    : null),
            Covers = top.Mapping["covers"] is { } covers && MappingReader.For(covers, bag, "'covers'", CoversKeys) is { } c
                ? new CoversV1(covers.Position, c.Text("from", required: true), c.Text("to", required: true))
                : null,
            Periods = Items(top, "periods", bag, item =>
                MappingReader.For(item, bag, "a period", PeriodKeys) is { } r
                    ? new PeriodV1(item.Position, r.Text("name"), r.Text("from", required: true), r.Text("to", required: true), ReadHours(r.Mapping["hours"], bag))
                    : null),
        };
    }

    private static List<WeekdayHoursV1>? ReadHours(YNode? node, DiagnosticBag bag)
    {
        var r = MappingReader.For(node, bag, "'hours'", Weekdays);
        // Misspelt days were reported as unknown keys; only real weekdays go on.
        return r?.Mapping.Entries
            .Where(e => Weekdays.Contains(e.Key.Value))
            .Select(e => new WeekdayHoursV1(new(e.Key.Value, e.Key.Position), r.TextList(e.Key.Value)))
            .ToList();
    }

    private static IReadOnlyList<T> Items<T>(MappingReader top, string key, DiagnosticBag bag, Func<YNode, T?> read)
        where T : class
    {
        switch (top.Mapping[key])
        {
            case null or YScalar { IsNull: true }:
                return [];
            case YSequence list:
                return [.. list.Items.Select(read).OfType<T>()];
            case var other:
                bag.Error(DiagnosticCodes.WrongType, other.Position, $"'{key}' must be a list, not {other.Describe}");
                return [];
        }
    }
}
