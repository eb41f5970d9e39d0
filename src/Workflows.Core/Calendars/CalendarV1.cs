using Workflows.Core.Definitions.V1;
using Workflows.Core.Diagnostics;

namespace Workflows.Core.Calendars;

/// <summary>A calendar file, schema <c>workflows/calendar-v1</c>, as written.</summary>
public sealed class CalendarV1
{
    public const string SchemaName = "workflows/calendar-v1";

    public SourcePosition Position { get; init; }

    public Located<string>? Id { get; init; }

    public Located<string>? Title { get; init; }

    public Located<string>? Extends { get; init; }

    public Located<string>? TimeZone { get; init; }

    /// <summary>Office intervals per weekday name; null when the file does not set them (inherited).</summary>
    public IReadOnlyList<WeekdayHoursV1>? Hours { get; init; }

    public IReadOnlyList<Located<string>>? ClosedOn { get; init; }

    public IReadOnlyList<HolidayV1> Holidays { get; init; } = [];

    /// <summary><c>recurring_holidays</c>: dates fixed by law, written <c>MM-dd</c>, that apply in every year.</summary>
    public IReadOnlyList<HolidayV1> RecurringHolidays { get; init; } = [];

    /// <summary><c>covers: { from, to }</c>; null when the file does not say (inherited, or every date).</summary>
    public CoversV1? Covers { get; init; }

    public IReadOnlyList<PeriodV1> Periods { get; init; } = [];
}

/// <summary><c>monday: ["07:30-12:00", "13:00-16:00"]</c>.</summary>
public sealed record WeekdayHoursV1(Located<string> Day, IReadOnlyList<Located<string>> Intervals);

/// <summary><c>{ date: 2025-01-01, kind: libur_nasional, name: Tahun Baru Masehi }</c>.</summary>
public sealed record HolidayV1(SourcePosition Position, Located<string>? Date, Located<string>? Kind, Located<string>? Name);

/// <summary><c>covers: { from: 2025-01-01, to: 2026-12-31 }</c>: the dates the holiday list is complete for.</summary>
public sealed record CoversV1(SourcePosition Position, Located<string>? From, Located<string>? To);

/// <summary>A date range with other office hours, e.g. Ramadan.</summary>
public sealed record PeriodV1(SourcePosition Position, Located<string>? Name, Located<string>? From, Located<string>? To, IReadOnlyList<WeekdayHoursV1>? Hours);
