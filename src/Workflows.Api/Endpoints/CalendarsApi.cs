using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Api.Auth;
using Workflows.Api.Contract;
using Workflows.Api.Problems;
using Workflows.Api.Views;
using Workflows.Infrastructure.Calendars;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Results;

namespace Workflows.Api.Endpoints;

/// <summary>
/// The working calendars and their coverage, and re-timing the open deadlines on one (and the calendars extending it)
/// after its file changed: a dry run first, then the run, which a node carries out in the background.
/// </summary>
public static class CalendarsApi
{
    public static IEndpointRouteBuilder MapCalendarsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/calendars").WithTags("Calendars");
        group.MapGet("/", List).RequireAuthorization(Policies.Admin).Operation("listCalendars", "List the working calendars", "The working calendars, with the dates their holiday lists cover.");
        group.MapPost("/{id}/retime", RetimeAsync).RequireAuthorization(Policies.PlatformAdmin)
            .Operation("retimeCalendar", "Re-time open deadlines on a calendar", "Re-time open deadlines on a calendar and those extending it: a dry run unless apply is true.").Problems(FailureCodes.NotFound);
        group.MapGet("/retimes/{id:guid}", RunAsync).RequireAuthorization(Policies.PlatformAdmin).Operation("getRetimeRun", "Get a re-timing run", "A re-timing run and its progress.").Problems(FailureCodes.NotFound);
        return routes;
    }

    private static Ok<List<CalendarView>> List(DefinitionCatalog catalog, TimeProvider time) =>
        TypedResults.Ok(catalog.Folder.Calendars.Calendars.Values.OrderBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => CalendarView.From(c, time.GetUtcNow())).ToList());

    private static async Task<Results<Ok<RetimePreviewView>, Accepted<RetimeRunView>, ProblemHttpResult>> RetimeAsync(
        string id, RetimeRequest? request, HttpContext http, CalendarRetimes retimes, DefinitionCatalog catalog, CancellationToken ct)
    {
        if (request?.Apply != true)
        {
            var preview = await retimes.PreviewAsync(id, ct);
            return preview.Succeeded ? TypedResults.Ok(RetimePreviewView.From(preview.Value, catalog.Calendar(id).Zone)) : ProblemResults.From(preview.Failure);
        }

        var run = await retimes.RequestAsync(id, Caller.From(http.User).UserId, ct);
        return run.Succeeded
            ? TypedResults.Accepted($"/calendars/retimes/{run.Value.Id}", RetimeRunView.From(run.Value, catalog.Calendar(id).Zone))
            : ProblemResults.From(run.Failure);
    }

    private static async Task<Results<Ok<RetimeRunView>, ProblemHttpResult>> RunAsync(Guid id, CalendarRetimes retimes, DefinitionCatalog catalog, CancellationToken ct)
    {
        var run = await retimes.GetAsync(id, ct);
        if (!run.Succeeded)
        {
            return ProblemResults.From(run.Failure);
        }

        var zone = run.Value.Calendars.FirstOrDefault(catalog.Folder.Calendars.Calendars.ContainsKey) is { } calendar ? catalog.Calendar(calendar).Zone : TimeZoneInfo.Utc;
        return TypedResults.Ok(RetimeRunView.From(run.Value, zone));
    }
}
