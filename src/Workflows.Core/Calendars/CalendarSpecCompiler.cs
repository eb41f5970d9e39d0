using System.Collections.Immutable;
using System.Globalization;
using Workflows.Core.Definitions.V1;
using Workflows.Core.Diagnostics;
using Workflows.Core.Time;

namespace Workflows.Core.Calendars;

/// <summary>Checks the values of one calendar file and turns them into a <see cref="CalendarSpec"/>.</summary>
internal static class CalendarSpecCompiler
{
    public static CalendarSpec Compile(CalendarV1 file, DiagnosticBag bag)
    {
        TimeZoneInfo? zone = null;
        if (file.TimeZone is { } zoneName)
        {
            try
            {
                zone = WorkingCalendar.ResolveZone(zoneName.Value);
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
            {
                bag.Error(DiagnosticCodes.BadCalendar, zoneName.Position, $"unknown time zone '{zoneName.Value}' (use an IANA name such as Asia/Jakarta)");
            }
        }

        var holidays = new List<Holiday>();
        foreach (var h in file.Holidays)
        {
            if (Date(h.Date, bag) is not { } date || h.Kind is null)
            {
                continue;
            }

            if (!HolidayKinds.TryParseYamlName(h.Kind.Value, out var kind))
            {
                bag.Error(DiagnosticCodes.BadCalendar, h.Kind.Position, $"unknown holiday kind '{h.Kind.Value}' (expected {KindNames})");
            }
            else if (holidays.Any(existing => existing.Date == date))
            {
                bag.Error(DiagnosticCodes.DuplicateId, h.Date!.Position, $"holiday {h.Date.Value} is listed twice");
            }
            else
            {
                holidays.Add(new Holiday(date, kind, h.Name?.Value ?? h.Kind.Value));
            }
        }

        return new CalendarSpec(file.Id?.Value ?? "", zone, Hours(file.Hours, file.Position, bag), [.. holidays], Periods(file, bag), ClosedOn(file, bag),
            Recurring(file, bag), Coverage(file.Covers, bag));
    }

    private static ImmutableArray<RecurringHoliday> Recurring(CalendarV1 file, DiagnosticBag bag)
    {
        var recurring = ImmutableArray.CreateBuilder<RecurringHoliday>();
        foreach (var h in file.RecurringHolidays)
        {
            if (h.Date is null || h.Kind is null)
            {
                continue;
            }

            // Parsed in a leap year, so that 02-29 is a date (it applies in leap years only).
            if (!DateOnly.TryParseExact("2024-" + h.Date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                bag.Error(DiagnosticCodes.BadCalendar, h.Date.Position, $"'{h.Date.Value}' is not a day of the year (MM-dd, e.g. 08-17)");
            }
            else if (!HolidayKinds.TryParseYamlName(h.Kind.Value, out var kind))
            {
                bag.Error(DiagnosticCodes.BadCalendar, h.Kind.Position, $"unknown holiday kind '{h.Kind.Value}' (expected {KindNames})");
            }
            else if (recurring.Any(existing => existing.Month == day.Month && existing.Day == day.Day))
            {
                bag.Error(DiagnosticCodes.DuplicateId, h.Date.Position, $"recurring holiday {h.Date.Value} is listed twice");
            }
            else
            {
                recurring.Add(new RecurringHoliday(day.Month, day.Day, kind, h.Name?.Value ?? h.Kind.Value));
            }
        }

        return recurring.ToImmutable();
    }

    private static CalendarCoverage? Coverage(CoversV1? covers, DiagnosticBag bag)
    {
        if (covers is null)
        {
            return null;
        }

        // Both ends are read before either is judged, so that one run reports two bad dates.
        var (from, to) = (Date(covers.From, bag), Date(covers.To, bag));
        if (from is null || to is null)
        {
            return null;
        }

        if (to < from)
        {
            bag.Error(DiagnosticCodes.BadCalendar, covers.Position, $"'covers' ends ({covers.To!.Value}) before it starts ({covers.From!.Value})");
            return null;
        }

        return new CalendarCoverage(from.Value, to.Value);
    }

    private static string KindNames => string.Join(", ", Enum.GetValues<HolidayKind>().Select(k => k.ToYamlName()));

    private static ImmutableArray<HoursPeriod> Periods(CalendarV1 file, DiagnosticBag bag)
    {
        var periods = ImmutableArray.CreateBuilder<HoursPeriod>();
        foreach (var p in file.Periods)
        {
            var (from, to) = (Date(p.From, bag), Date(p.To, bag));
            if (from is null || to is null)
            {
                continue;
            }

            if (from > to)
            {
                bag.Error(DiagnosticCodes.BadCalendar, p.Position, $"period '{p.Name?.Value}' ends before it starts");
            }
            else if (Hours(p.Hours, p.Position, bag) is { } hours)
            {
                periods.Add(new HoursPeriod(p.Name?.Value ?? $"{from:yyyy-MM-dd}", from.Value, to.Value, hours));
            }
            else
            {
                bag.Error(DiagnosticCodes.MissingKey, p.Position, $"period '{p.Name?.Value}' needs 'hours'");
            }
        }

        return periods.ToImmutable();
    }

    private static HashSet<HolidayKind>? ClosedOn(CalendarV1 file, DiagnosticBag bag)
    {
        if (file.ClosedOn is null)
        {
            return null;
        }

        var kinds = new HashSet<HolidayKind>();
        foreach (var name in file.ClosedOn)
        {
            if (HolidayKinds.TryParseYamlName(name.Value, out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                bag.Error(DiagnosticCodes.BadCalendar, name.Position, $"unknown holiday kind '{name.Value}' (expected {KindNames})");
            }
        }

        return kinds;
    }

    private static WeeklyHours? Hours(IReadOnlyList<WeekdayHoursV1>? days, SourcePosition at, DiagnosticBag bag)
    {
        if (days is null)
        {
            return null;
        }

        var byDay = new Dictionary<DayOfWeek, IReadOnlyList<TimeRange>>();
        foreach (var day in days)
        {
            var ranges = day.Intervals.Select(i => Interval(i, bag)).OfType<TimeRange>().ToList();
            byDay[Enum.Parse<DayOfWeek>(day.Day.Value, ignoreCase: true)] = ranges;
        }

        try
        {
            return new WeeklyHours(byDay);
        }
        catch (ArgumentException e)
        {
            bag.Error(DiagnosticCodes.BadCalendar, at, e.Message);
            return null;
        }
    }

    private static TimeRange? Interval(Located<string> text, DiagnosticBag bag)
    {
        var parts = text.Value.Split(['-', '–'], 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return new TimeRange(start, end);
        }

        bag.Error(DiagnosticCodes.BadCalendar, text.Position, $"office hours '{text.Value}' must look like 07:30-12:00");
        return null;
    }

    private static DateOnly? Date(Located<string>? text, DiagnosticBag bag)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        bag.Error(DiagnosticCodes.BadCalendar, text.Position, $"'{text.Value}' is not a date (yyyy-MM-dd)");
        return null;
    }
}
