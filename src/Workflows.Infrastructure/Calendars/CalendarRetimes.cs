using Microsoft.EntityFrameworkCore;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Results;

namespace Workflows.Infrastructure.Calendars;

/// <summary>
/// An administrator's re-timing of a calendar and the calendars extending it: first what it would change, then the run
/// itself, carried out in the background by <see cref="CalendarRetimeRunner"/> on some node.
/// </summary>
public sealed class CalendarRetimes(WorkflowsDbContext db, DefinitionCatalog catalog, CalendarRetimer retimer, RetimeSignal signal, TimeProvider time)
{
    public Task<Outcome<RetimePreview>> PreviewAsync(string calendar, CancellationToken cancellationToken) =>
        Family(calendar) is { } family ? Preview(family, cancellationToken) : Task.FromResult<Outcome<RetimePreview>>(Unknown(calendar));

    public async Task<Outcome<CalendarRetimeRow>> RequestAsync(string calendar, string by, CancellationToken cancellationToken)
    {
        if (Family(calendar) is not { } family)
        {
            return Unknown(calendar);
        }

        var id = CalendarChanges.Request(db, family, "requested", by, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
        return await db.CalendarRetimes.AsNoTracking().FirstAsync(r => r.Id == id, cancellationToken);
    }

    public async Task<Outcome<CalendarRetimeRow>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.CalendarRetimes.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } run
            ? run
            : Failure.NotFound($"There is no re-timing run {id}.");

    private async Task<Outcome<RetimePreview>> Preview(IReadOnlyList<string> family, CancellationToken cancellationToken) =>
        await retimer.PreviewAsync(family, cancellationToken);

    private IReadOnlyList<string>? Family(string calendar) =>
        catalog.Folder.Calendars.Calendars.ContainsKey(calendar) ? catalog.Folder.Calendars.Family(calendar) : null;

    private Failure Unknown(string calendar) =>
        Failure.NotFound($"There is no calendar '{calendar}' (known: {string.Join(", ", catalog.Folder.Calendars.Calendars.Keys.Order(StringComparer.Ordinal))}).");
}
