using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Core.Calendars;
using Workflows.Infrastructure.Deadlines;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Calendars;

/// <summary>
/// Notices at start-up which calendars differ from what the last start recorded (a decree's holidays added or amended,
/// a regional holiday declared) and asks for their open deadlines to be re-timed. Runs under the start-up advisory
/// lock, so of several nodes starting together one records the change and one run is asked for.
/// </summary>
public sealed partial class CalendarChanges(
    WorkflowsDbContext db, DefinitionCatalog catalog, TimeProvider time, RetimeSignal signal, IOptions<DeadlineOptions> options, ILogger<CalendarChanges> logger)
{
    public const string StartUser = "system:start-up";

    /// <summary>Records the calendars' fingerprints; returns the run asked for, or null when nothing changed.</summary>
    public async Task<Guid?> RecordAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var recorded = await db.CalendarFingerprints.ToDictionaryAsync(c => c.CalendarId, StringComparer.Ordinal, cancellationToken);
        var changed = new List<string>();
        foreach (var (id, calendar) in catalog.Folder.Calendars.Calendars.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var fingerprint = CalendarFingerprint.Of(calendar);
            if (!recorded.TryGetValue(id, out var row))
            {
                db.CalendarFingerprints.Add(new CalendarFingerprintRow { CalendarId = id, Fingerprint = fingerprint, RecordedAt = now });
                changed.Add(id);
            }
            else if (row.Fingerprint != fingerprint)
            {
                (row.Fingerprint, row.RecordedAt) = (fingerprint, now);
                changed.Add(id);
            }
        }

        if (changed.Count > 0 && !options.Value.RetimeOnCalendarChange)
        {
            await db.SaveChangesAsync(cancellationToken);
            LogNotRetimed(logger, changed);
            return null;
        }

        // A calendar seen for the first time has no instances yet on a new database; on an upgraded one its instances were timed
        // without what the file now says (coverage, recurring holidays), so it is re-timed all the same.
        Guid? run = changed.Count == 0 ? null : Request(db, changed, "calendar-changed", StartUser, now);
        await db.SaveChangesAsync(cancellationToken);
        if (run is not null)
        {
            LogChanged(logger, changed);
            signal.Wake();
        }

        return run;
    }

    /// <summary>Adds a pending run over <paramref name="calendars"/> to the unit of work.</summary>
    internal static Guid Request(WorkflowsDbContext db, IReadOnlyList<string> calendars, string reason, string by, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        db.CalendarRetimes.Add(new CalendarRetimeRow
        {
            Id = id,
            Calendars = [.. calendars],
            Reason = reason,
            RequestedBy = by,
            RequestedAt = now,
            Status = RetimeStatus.Pending,
        });
        return id;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendars changed since the last start: {Calendars}; Workflows:Deadlines:RetimeOnCalendarChange is off, so their open deadlines keep their due times until POST /calendars/{{id}}/retime")]
    private static partial void LogNotRetimed(ILogger logger, IEnumerable<string> calendars);

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendars changed since the last start: {Calendars}; their open deadlines are being re-timed")]
    private static partial void LogChanged(ILogger logger, IEnumerable<string> calendars);
}
