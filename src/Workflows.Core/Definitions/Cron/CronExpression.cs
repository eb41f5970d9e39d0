using System.Diagnostics.CodeAnalysis;

namespace Workflows.Core.Definitions.Cron;

/// <summary>
/// A cron expression of Quartz's shape read into the values each field allows, independent of any scheduler, so the
/// validator can tell whether it fires, when next, and how close together. Times are wall-clock times of one zone.
/// </summary>
public sealed partial class CronExpression
{
    public const string Shape = "seconds minutes hours day-of-month month day-of-week [year]";

    private readonly bool[] seconds;
    private readonly bool[] minutes;
    private readonly bool[] hours;
    private readonly bool[]? daysOfMonth;
    private readonly bool[] months;
    private readonly bool[]? daysOfWeek;
    private readonly bool[]? years;

    private CronExpression(string[] fields)
    {
        seconds = CronFieldParser.Parse(fields[0], CronField.Seconds);
        minutes = CronFieldParser.Parse(fields[1], CronField.Minutes);
        hours = CronFieldParser.Parse(fields[2], CronField.Hours);
        months = CronFieldParser.Parse(fields[4], CronField.Month);
        // Quartz requires '?' in exactly one of the two day fields; the other one chooses the days.
        if ((fields[3] == "?") == (fields[5] == "?"))
        {
            throw new CronSyntaxException(
                "needs '?' in exactly one of day-of-month and day-of-week, e.g. '0 0 8 1 * ?' (the 1st) or '0 0 8 ? * MON' (Mondays)");
        }

        daysOfMonth = fields[3] == "?" ? null : CronFieldParser.Parse(fields[3], CronField.DayOfMonth);
        daysOfWeek = fields[5] == "?" ? null : CronFieldParser.Parse(fields[5], CronField.DayOfWeek);
        years = fields.Length == 7 ? CronFieldParser.Parse(fields[6], CronField.Year) : null;
    }

    /// <summary>Reads <paramref name="text"/>, or says in <paramref name="error"/> why it does not read.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out CronExpression? cron, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        cron = null;
        var fields = text.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is < 6 or > 7)
        {
            error = $"must have 6 or 7 fields ({Shape}), e.g. '0 0 8 2 1 ?'";
            return false;
        }

        try
        {
            cron = new CronExpression(fields);
            error = null;
            return true;
        }
        catch (CronSyntaxException e)
        {
            error = "does not read: " + e.Message;
            return false;
        }
    }

    private bool FiresOn(DateOnly day) =>
        (years is null || years[day.Year])
        && months[day.Month]
        && (daysOfMonth?[day.Day] ?? daysOfWeek![(int)day.DayOfWeek + 1]);

    /// <summary>The first second of a day, at or after <paramref name="from"/>, at which the time fields match.</summary>
    private int? FirstSecondFrom(int from)
    {
        for (var hour = from / 3600; hour < 24; hour++)
        {
            if (!hours[hour])
            {
                continue;
            }

            var sameHour = hour == from / 3600;
            for (var minute = sameHour ? from % 3600 / 60 : 0; minute < 60; minute++)
            {
                if (!minutes[minute])
                {
                    continue;
                }

                var sameMinute = sameHour && minute == from % 3600 / 60;
                for (var second = sameMinute ? from % 60 : 0; second < 60; second++)
                {
                    if (seconds[second])
                    {
                        return hour * 3600 + minute * 60 + second;
                    }
                }
            }
        }

        return null;
    }
}
