using Microsoft.Extensions.Options;
using Workflows.Core.Definitions.Validation;
using Workflows.Core.Time;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>
/// What an away period must be. It starts no earlier than today in the agency's calendar (the default <c>id-asn</c>):
/// a period recorded after the fact would move <c>pause_when_away</c> deadlines that already passed. It is bounded in
/// length. Its delegate is someone else who holds every actor role of the user (any of the user's tasks may be handed
/// over); with no user directory yet, that is checked against the roles the request states for the delegate.
/// </summary>
public sealed class AwayRules(DefinitionCatalog catalog, IOptions<AwayOptions> options)
{
    public static readonly string[] Kinds = ["dinas-luar", "cuti", "lainnya"];

    public const int MaxUserIdLength = 200;
    public const int MaxNoteLength = 2_000;

    /// <summary>Each problem as <c>field: what is wrong</c>; empty when the period may be recorded.</summary>
    public List<string> Check(AwayRow period, IReadOnlySet<string> userActors, IReadOnlyList<string>? delegateActors, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(userActors);
        var errors = new List<string>();
        var zone = Zone();
        var today = StartOfDay(now, zone);
        if (period.StartsAt < today)
        {
            errors.Add($"start: may not be before the start of today ({today:yyyy-MM-dd HH:mm zzz}, {zone.Id}); away time is recorded ahead, not after the fact");
        }

        var maxDays = options.Value.MaxDays;
        if (period.EndsAt <= period.StartsAt)
        {
            errors.Add("end: must be after start");
        }
        else if (period.EndsAt - period.StartsAt > TimeSpan.FromDays(maxDays))
        {
            errors.Add($"end: a period is at most {maxDays} days long ({AwayOptions.Section}:MaxDays)");
        }

        if (!Kinds.Contains(period.Kind))
        {
            errors.Add($"kind: must be one of {string.Join(", ", Kinds)}");
        }

        if (period.Note is { Length: > MaxNoteLength })
        {
            errors.Add($"note: at most {MaxNoteLength} characters");
        }

        CheckDelegate(period, userActors, delegateActors, errors);
        return errors;
    }

    private static void CheckDelegate(AwayRow period, IReadOnlySet<string> userActors, IReadOnlyList<string>? delegateActors, List<string> errors)
    {
        if (period.Delegate is not { } standIn)
        {
            return;
        }

        if (standIn == period.UserId)
        {
            errors.Add("delegate: must be someone else");
        }
        else if (standIn.Length > MaxUserIdLength || standIn.Any(char.IsWhiteSpace))
        {
            errors.Add($"delegate: a user id without spaces, at most {MaxUserIdLength} characters");
        }

        var stated = (delegateActors ?? []).ToHashSet(StringComparer.Ordinal);
        var missing = userActors.Where(a => !stated.Contains(a)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            errors.Add($"delegateActors: the delegate must hold every actor role your tasks may need; state the delegate's roles (missing: {string.Join(", ", missing)})");
        }
    }

    private TimeZoneInfo Zone() =>
        catalog.Folder.Calendars.Calendars.TryGetValue(CompileContext.DefaultCalendar, out var calendar)
            ? calendar.Zone
            : WorkingCalendar.ResolveZone("Asia/Jakarta");

    private static DateTimeOffset StartOfDay(DateTimeOffset now, TimeZoneInfo zone)
    {
        var midnight = TimeZoneInfo.ConvertTime(now, zone).Date;
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }
}
