using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Workflows.Core.Time;

namespace Workflows.Core.Calendars;

/// <summary>
/// A digest of everything a calendar's due times depend on (after <c>extends</c>): zone, weekly hours, periods,
/// holidays, recurring holidays, closed kinds and coverage. Two files that compute the same due times give the same
/// fingerprint, whatever their comments, order or layout; a changed holiday or period changes it.
/// </summary>
public static class CalendarFingerprint
{
    public static string Of(WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var text = new StringBuilder();
        text.Append("zone ").AppendLine(calendar.Zone.Id);
        AppendHours(text, "hours", calendar.Hours);
        foreach (var period in calendar.Periods)
        {
            AppendHours(text, string.Create(CultureInfo.InvariantCulture, $"period {period.From:yyyy-MM-dd} {period.To:yyyy-MM-dd}"), period.Hours);
        }

        foreach (var holiday in calendar.Holidays)
        {
            text.Append(CultureInfo.InvariantCulture, $"holiday {holiday.Date:yyyy-MM-dd} {holiday.Kind}").AppendLine();
        }

        foreach (var holiday in calendar.Recurring)
        {
            text.Append(CultureInfo.InvariantCulture, $"every-year {holiday.Month:00}-{holiday.Day:00} {holiday.Kind}").AppendLine();
        }

        text.Append("closed ").AppendLine(string.Join(",", calendar.ClosedOn.Order()));
        text.Append("covers ").AppendLine(calendar.Coverage?.ToString() ?? "all");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void AppendHours(StringBuilder text, string label, WeeklyHours hours)
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            text.Append(label).Append(' ').Append(day).Append(' ')
                .AppendLine(string.Join(",", hours.On(day).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Start:HH\\:mm}-{r.End:HH\\:mm}"))));
        }
    }
}
