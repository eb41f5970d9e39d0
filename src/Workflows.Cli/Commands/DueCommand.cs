using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Workflows.Core.Calendars;
using Workflows.Core.Time;

namespace Workflows.Cli.Commands;

/// <summary><c>due</c>: the same due-time computation the server uses, on one calendar.</summary>
public sealed class DueCommand(TextWriter stdout, TextWriter stderr)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public int Run(CommandLine line)
    {
        line.Allow("calendar", "start", "duration", "calendars", "json");
        var directory = line.Option("calendars") ?? Path.Combine("workflows", WorkflowFiles.CalendarsFolder);
        var catalog = CalendarCatalog.LoadDirectory(directory);
        var id = line.Required("calendar");
        if (!catalog.Calendars.TryGetValue(id, out var calendar))
        {
            foreach (var problem in catalog.Diagnostics)
            {
                stderr.WriteLine(problem);
            }

            stderr.WriteLine($"workflows: calendar '{id}' not found in {directory} (known: {string.Join(", ", catalog.Calendars.Keys.Order())})");
            return CliApp.Invalid;
        }

        var start = ParseStart(line.Required("start"), calendar);
        if (!MutuBakuParser.TryParse(line.Required("duration"), out var duration, out var error))
        {
            stderr.WriteLine($"workflows: {error}");
            return CliApp.Invalid;
        }

        var window = calendar.Due(start, duration);
        if (line.Flag("json"))
        {
            stdout.WriteLine(JsonSerializer.Serialize(
                new Dictionary<string, object?>
                {
                    ["due"] = Format(window.Due),
                    ["earliest"] = Format(window.Earliest),
                    ["provisional"] = window.Provisional,
                    ["covers_to"] = calendar.Coverage?.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                }, Json));
        }
        else
        {
            stdout.WriteLine($"due: {Format(window.Due) ?? "no standard"}");
            stdout.WriteLine($"earliest: {Format(window.Earliest) ?? "-"}");
            if (window.Provisional)
            {
                stdout.WriteLine($"provisional: calendar '{calendar.Id}' lists holidays for {calendar.Coverage} only; a decree for later dates may move this due time");
            }
        }

        return CliApp.Ok;
    }

    /// <summary>An ISO 8601 start with an offset is an instant; without one it is local time on the calendar.</summary>
    private static DateTimeOffset ParseStart(string text, WorkingCalendar calendar)
    {
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            throw new UsageException($"--start '{text}' is not an ISO 8601 date and time");
        }

        return parsed.Kind == DateTimeKind.Unspecified
            ? new DateTimeOffset(parsed, calendar.Zone.GetUtcOffset(parsed))
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }

    private static string? Format(DateTimeOffset? value) =>
        value?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
