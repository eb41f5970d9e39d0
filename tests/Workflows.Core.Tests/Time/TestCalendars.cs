using System.Globalization;
using Workflows.Core.Time;

namespace Workflows.Core.Tests.Time;

/// <summary>
/// Calendars built from the real 2025–2026 national holidays and cuti bersama (SKB 3 Menteri), so the
/// tests exercise the closures that actually stretch deadlines, such as the Idulfitri week.
/// </summary>
internal static class TestCalendars
{
    private static readonly Lazy<Holiday[]> FixtureHolidays = new(LoadFixture);

    public static IReadOnlyList<Holiday> NationalHolidays => FixtureHolidays.Value;

    public static WorkingCalendar Asn(
        string zoneId = "Asia/Jakarta",
        IEnumerable<Holiday>? extraHolidays = null,
        IEnumerable<HoursPeriod>? periods = null,
        IReadOnlySet<HolidayKind>? closedOn = null,
        WeeklyHours? hours = null) =>
        new(
            $"test-{zoneId}",
            WorkingCalendar.ResolveZone(zoneId),
            hours ?? WeeklyHours.AsnDefault,
            NationalHolidays.Concat(extraHolidays ?? []),
            periods ?? [],
            closedOn ?? HolidayKinds.All);

    /// <summary>Ramadan 1446 H as observed in 2025 (1–30 March), for period-hours tests.</summary>
    public static HoursPeriod Ramadan2025 { get; } =
        new("Ramadan 1446 H", new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 30), WeeklyHours.AsnRamadan);

    /// <summary>Parses "yyyy-MM-dd HH:mm" as WIB.</summary>
    public static DateTimeOffset Wib(string local) => At(local, 7);

    public static DateTimeOffset At(string local, int offsetHours) =>
        new(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), TimeSpan.FromHours(offsetHours));

    /// <summary>Local time with offset, so one string checks both the wall clock and the zone.</summary>
    public static string Format(DateTimeOffset? instant) =>
        instant?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) ?? "(none)";

    public static MutuBaku Parse(string text) =>
        MutuBakuParser.TryParse(text, out var result, out var error)
            ? result
            : throw new AssertionException($"'{text}' should parse: {error}");

    private static Holiday[] LoadFixture()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "id-holidays-2025-2026.csv");
        return File.ReadLines(path)
            .Skip(1)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(ParseLine)
            .ToArray();
    }

    private static Holiday ParseLine(string line)
    {
        // date,weekday,type,name; names contain no commas, but split into four so one never breaks the date.
        var columns = line.Split(',', 4);
        if (columns.Length != 4 || !HolidayKinds.TryParseYamlName(columns[2], out var kind))
        {
            throw new InvalidDataException($"Bad holiday fixture line: {line}");
        }

        return new Holiday(DateOnly.ParseExact(columns[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), kind, columns[3].Trim());
    }
}
