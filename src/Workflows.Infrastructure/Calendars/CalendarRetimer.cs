using System.Collections.Immutable;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Contracts.V1;
using Workflows.Core.Deadlines;
using Workflows.Core.Definitions;
using Workflows.Core.Runtime;
using Workflows.Core.Time;
using Workflows.Infrastructure.Deadlines;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Messaging;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Calendars;

/// <summary>
/// Re-times the open deadlines of running instances when their calendar changed. A run (<see cref="CalendarRetimeRow"/>)
/// goes through the instances in id order, one batch per transaction: the run's row is claimed with
/// <c>FOR UPDATE SKIP LOCKED</c> and the instances with <c>FOR UPDATE</c>, and the last instance done is saved with the
/// changes, so a batch happens exactly once however many nodes look, and a run cut off halfway resumes where it was.
/// A second run over unchanged data finds nothing to move.
/// </summary>
public sealed class CalendarRetimer(
    WorkflowsDbContext db, DefinitionVersions definitions, DefinitionCatalog catalog, TimeProvider time, IOptions<DeadlineOptions> options)
{
    public const string Actor = "system:calendar";

    private readonly MutuBaku interval = options.Value.Interval();

    /// <summary>What a run over <paramref name="calendars"/> would change now, without changing anything.</summary>
    public async Task<RetimePreview> PreviewAsync(IReadOnlyList<string> calendars, CancellationToken cancellationToken)
    {
        var (seen, tasks, instances, overdue) = (0, 0, 0, 0);
        var (earliest, latest) = ((TimeSpan?)null, (TimeSpan?)null);
        var sample = new List<DueChange>();
        for (Guid? after = null; ;)
        {
            var batch = await BatchAsync([.. calendars], after, forUpdate: false, cancellationToken);
            // The batch's changes were computed only to be counted: forgotten, never saved.
            UnitOfWork.ForgetTracked(db);
            seen += batch.Instances;
            foreach (var change in batch.Changes)
            {
                if (change.TaskId is null)
                {
                    instances++;
                    continue;
                }

                (tasks, overdue) = (tasks + 1, overdue + (change.OverdueAtOnce ? 1 : 0));
                earliest = earliest is { } e && e < change.Shift ? e : change.Shift;
                latest = latest is { } l && l > change.Shift ? l : change.Shift;
            }

            // Only counts and a bounded sample are kept, so a preview over many instances stays small.
            sample = [.. sample.Concat(batch.Changes).OrderByDescending(c => c.OverdueAtOnce).ThenBy(c => c.Due).Take(RetimePreview.SampleSize)];
            if (batch.Last is not { } last)
            {
                return new RetimePreview(calendars, seen, tasks, instances, overdue, earliest, latest, sample);
            }

            after = last;
        }
    }

    /// <summary>
    /// Does one batch of the oldest unfinished run no other node is working on; false when there is none. The batch's
    /// changes, the run's progress and its end commit together.
    /// </summary>
    public async Task<bool> RunBatchAsync(CancellationToken cancellationToken)
    {
        await using var work = await UnitOfWork.BeginAsync(db, cancellationToken);
        // The status is written out, not a parameter, so the planner can use the partial index on it.
        var run = await db.CalendarRetimes.FromSql($"""
            SELECT * FROM workflows.calendar_retimes WHERE status <> 'done' ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED
            """).FirstOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        if (run.Status == RetimeStatus.Pending)
        {
            (run.Status, run.StartedAt) = (RetimeStatus.Running, now);
        }

        // Calendars that no longer exist have no instances to move.
        var calendars = run.Calendars.Where(catalog.Folder.Calendars.Calendars.ContainsKey).ToArray();
        var batch = calendars.Length == 0 ? new Batch(0, null, []) : await BatchAsync(calendars, run.AfterInstance, forUpdate: true, cancellationToken);
        run.CasesSeen += batch.Instances;
        run.TasksMoved += batch.Changes.Count(c => c.TaskId is not null);
        run.CasesMoved += batch.Changes.Count(c => c.TaskId is null);
        run.OverdueAtOnce += batch.Changes.Count(c => c.OverdueAtOnce);
        run.AfterInstance = batch.Last ?? run.AfterInstance;
        if (batch.Last is null)
        {
            (run.Status, run.FinishedAt) = (RetimeStatus.Done, now);
        }

        await work.CommitAsync(cancellationToken);
        return true;
    }

    private sealed record Batch(int Instances, Guid? Last, List<DueChange> Changes);

    private async Task<Batch> BatchAsync(string[] calendars, Guid? after, bool forUpdate, CancellationToken cancellationToken)
    {
        var onCalendars = await DefinitionsOnAsync(calendars, cancellationToken);
        var ids = onCalendars.Select(d => d.Id).Distinct().ToArray();
        var size = options.Value.RetimeBatchSize;
        var rows = forUpdate
            ? await db.Instances.FromSql($"""
                SELECT * FROM workflows.instances WHERE status = {InstanceStatuses.Running} AND definition_id = ANY({ids}) AND ({after}::uuid IS NULL OR id > {after})
                ORDER BY id LIMIT {size} FOR UPDATE
                """).ToListAsync(cancellationToken)
            : await db.Instances.FromSql($"""
                SELECT * FROM workflows.instances WHERE status = {InstanceStatuses.Running} AND definition_id = ANY({ids}) AND ({after}::uuid IS NULL OR id > {after})
                ORDER BY id LIMIT {size}
                """).ToListAsync(cancellationToken);
        var instances = rows.Where(r => onCalendars.Contains((r.DefinitionId, r.DefinitionVersion))).ToList();
        var changes = await RetimeAsync(instances, cancellationToken);
        return new Batch(rows.Count, rows.Count < size ? null : rows[^1].Id, changes);
    }

    /// <summary>The definition versions of running instances whose calendar is one of <paramref name="calendars"/>.</summary>
    private async Task<HashSet<(string Id, int Version)>> DefinitionsOnAsync(string[] calendars, CancellationToken cancellationToken)
    {
        var versions = await db.Instances.Where(i => i.Status == InstanceStatuses.Running)
            .Select(i => new { i.DefinitionId, i.DefinitionVersion }).Distinct().ToListAsync(cancellationToken);
        var on = new HashSet<(string, int)>();
        var wanted = calendars.ToHashSet(StringComparer.Ordinal);
        foreach (var v in versions)
        {
            var definition = await definitions.CompiledAsync(v.DefinitionId, v.DefinitionVersion, cancellationToken);
            if (wanted.Contains(definition.Calendar))
            {
                on.Add((v.DefinitionId, v.DefinitionVersion));
            }
        }

        return on;
    }

    private async Task<List<DueChange>> RetimeAsync(List<InstanceRow> instances, CancellationToken cancellationToken)
    {
        var ids = instances.Select(c => c.Id).ToList();
        var tasks = await db.Tasks.Where(t => ids.Contains(t.InstanceId) && t.Status == TaskStatuses.Open).ToListAsync(cancellationToken);
        var timers = await db.Timers.Where(t => ids.Contains(t.InstanceId) && t.FiredAt == null).ToListAsync(cancellationToken);
        var fired = await db.Timers.Where(t => ids.Contains(t.InstanceId) && t.Kind == TimerKinds.Deadline && t.FiredAt != null && t.TaskId != null)
            .GroupBy(t => t.TaskId!.Value).Select(g => new { TaskId = g.Key, At = g.Max(t => t.FiredAt!.Value) })
            .ToDictionaryAsync(f => f.TaskId, f => f.At, cancellationToken);
        var raised = await db.Escalations.Where(e => ids.Contains(e.InstanceId) && e.TaskId != null)
            .Select(e => new { TaskId = e.TaskId!.Value, e.Level, e.RaisedAt }).ToListAsync(cancellationToken);
        var assignees = tasks.Where(t => t.Assignee is not null).Select(t => t.Assignee!).Distinct().ToList();
        var away = await db.AwayPeriods.AsNoTracking().Where(a => assignees.Contains(a.UserId))
            .Select(a => new { a.Agency, a.UserId, a.StartsAt, a.EndsAt }).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var changes = new List<DueChange>();
        foreach (var row in instances)
        {
            var definition = await definitions.CompiledAsync(row.DefinitionId, row.DefinitionVersion, cancellationToken);
            var facts = new InstanceRetime.Facts(
                tasks.Where(t => t.InstanceId == row.Id).ToDictionary(t => t.Id),
                [.. timers.Where(t => t.InstanceId == row.Id)],
                raised.Where(e => tasks.Any(t => t.Id == e.TaskId && t.InstanceId == row.Id)).ToDictionary(e => (e.TaskId, e.Level), e => e.RaisedAt),
                away.Where(a => a.Agency == row.Agency).GroupBy(a => a.UserId)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<AwayPeriod>)[.. g.Select(a => new AwayPeriod(a.StartsAt, a.EndsAt))], StringComparer.Ordinal),
                fired);
            var state = InstanceStateJson.Deserialize(row.State, definition);
            var calendar = catalog.Calendar(definition.Calendar);
            var moved = new InstanceRetime(calendar, interval, options.Value.ReminderShare, now).Retime(row, state, definition, facts);
            if (moved.Count > 0)
            {
                row.UpdatedAt = now;
                row.Revision++;
                Record(row, definition, moved, now);
            }

            changes.AddRange(moved);
        }

        return changes;
    }

    /// <summary>An audit line and a <see cref="TaskDueChanged"/> event per moved due time, in the unit of work that moves it.</summary>
    private void Record(InstanceRow row, WorkflowDefinition definition, List<DueChange> moved, DateTimeOffset now)
    {
        var zone = catalog.Calendar(definition.Calendar).Zone;
        foreach (var change in moved)
        {
            var (before, after) = (Local(change.PreviousDue, zone), Local(change.Due, zone));
            var what = change.TaskId is null ? "The instance's service-standard due time" : $"The due time of step '{change.StepId}'";
            db.Audit.Add(new AuditRow
            {
                InstanceId = row.Id,
                Agency = row.Agency,
                At = now,
                Actor = Actor,
                Action = "due-retimed",
                TaskId = change.TaskId,
                StepId = change.StepId,
                Detail = $"{what} was re-timed on calendar '{definition.Calendar}', which changed: {before} → {after}" + (change.Provisional ? " (provisional)" : ""),
                Before = System.Text.Json.JsonSerializer.Serialize(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("due", (string?)before)])),
                After = System.Text.Json.JsonSerializer.Serialize(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                    [KeyValuePair.Create("due", (string?)after), KeyValuePair.Create("provisional", (string?)(change.Provisional ? "true" : "false"))])),
            });
            Outbox.Add(db, new TaskDueChanged(Guid.CreateVersion7(now), now, row.Agency, row.Id, row.DefinitionId, row.BusinessKey,
                change.TaskId, change.StepId, definition.Calendar, change.PreviousDue, change.Due, change.Provisional));
        }
    }

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
