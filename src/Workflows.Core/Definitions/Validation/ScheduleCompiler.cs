using System.Collections.Immutable;
using System.Text.Json;
using Workflows.Core.Definitions.Cron;
using Workflows.Core.Definitions.V1;
using Workflows.Core.Diagnostics;

namespace Workflows.Core.Definitions.Validation;

/// <summary>
/// Checks <c>schedule</c>: a cron expression of Quartz's shape (6 or 7 fields, seconds first) that reads, fires again
/// and not more often than the rules allow (<see cref="CronCheck"/>), a known time zone and data that starts an instance
/// (every required field present, each value fitting its field).
/// </summary>
internal static class ScheduleCompiler
{
    public const string DefaultTimeZone = "Asia/Jakarta";

    public static Schedule? Compile(ScheduleV1? schedule, IReadOnlyList<DataField> fields, ScheduleRules? rules, DiagnosticBag bag)
    {
        if (schedule?.Cron is not { } cron)
        {
            return null;
        }

        var zone = schedule.TimeZone?.Value ?? DefaultTimeZone;
        var zoneKnown = TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var timeZone);
        if (!zoneKnown)
        {
            bag.Error(DiagnosticCodes.BadSchedule, schedule.TimeZone!.Position, $"schedule time_zone '{zone}' is not a known time zone");
        }

        var parts = cron.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (rules is not null && CronCheck.Judge(cron.Value, timeZone ?? TimeZoneInfo.Utc, rules) is { Accepted: false } verdict)
        {
            bag.Error(DiagnosticCodes.BadSchedule, cron.Position, $"schedule cron '{cron.Value}' {verdict.Message}");
        }
        else if (parts.Length is < 6 or > 7)
        {
            bag.Error(DiagnosticCodes.BadSchedule, cron.Position, $"schedule cron '{cron.Value}' must have 6 or 7 fields ({CronExpression.Shape}), e.g. '0 0 8 2 1 ?'");
        }

        var byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var data = ImmutableDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (key, text) in schedule.Data)
        {
            if (!byName.TryGetValue(key.Value, out var field))
            {
                bag.Error(DiagnosticCodes.UndeclaredField, key.Position, $"schedule data '{key.Value}' is not a declared data field");
            }
            else if (text is not null && ScalarValue.Read(field, text, $"schedule data '{key.Value}'", bag) is { } value)
            {
                data[key.Value] = value;
            }
        }

        foreach (var missing in fields.Where(f => f.Required && !schedule.Data.Any(d => d.Key.Value == f.Name)))
        {
            bag.Error(DiagnosticCodes.BadSchedule, schedule.Position,
                $"schedule data must give required field '{missing.Name}', since scheduled instances start without a person to fill it in");
        }

        return new Schedule(string.Join(' ', parts), zone, data.ToImmutable());
    }
}
