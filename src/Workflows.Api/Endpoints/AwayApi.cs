using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Workflows.Api.Auth;
using Workflows.Api.Contract;
using Workflows.Api.Problems;
using Workflows.Api.Views;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Deadlines;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Results;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Api.Endpoints;

/// <summary>
/// A user's own out-of-office periods. While one with a delegate is running, the user's claimed tasks are handed to
/// the delegate, and tasks reassigned to the user go to the delegate instead. Every record and removal is in the
/// user's away audit (<c>GET /me/away/history</c>).
/// </summary>
public static class AwayApi
{
    public static IEndpointRouteBuilder MapAwayApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/me/away").WithTags("Away periods").RequireAuthorization();
        group.MapGet("/", ListAsync).Operation("listMyAwayPeriods", "List my away periods", "My current and coming away periods.");
        group.MapPost("/", AddAsync).Operation("addAwayPeriod", "Record an away period", "Record an away period (dinas-luar, cuti, lainnya) with an optional delegate.").Problems(FailureCodes.InvalidAwayPeriod, FailureCodes.TooManyAwayPeriods);
        group.MapDelete("/{id:guid}", RemoveAsync).Operation("removeAwayPeriod", "Remove an away period", "Remove one of my away periods.").Problems(FailureCodes.NotFound);
        group.MapGet("/history", HistoryAsync).Operation("listMyAwayHistory", "List my away-period history", "Every record and removal of my away periods, newest first: limit.").Paged(100, 500);
        return routes;
    }

    private static async Task<Ok<List<AwayView>>> ListAsync(HttpContext http, AwayPeriods away, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var rows = await away.ListAsync(caller.Agency, caller.UserId, time.GetUtcNow(), ct);
        return TypedResults.Ok(rows.Select(AwayView.From).ToList());
    }

    private static async Task<Results<Created<AwayView>, ProblemHttpResult>> AddAsync(
        AwayRequest request, HttpContext http, AwayPeriods away, WorkflowsDbContext db, InstanceRunner runner, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var now = time.GetUtcNow();
        var added = await away.AddAsync(new AwayRow
        {
            Id = Guid.CreateVersion7(now),
            Agency = caller.Agency,
            UserId = caller.UserId,
            StartsAt = request.Start.ToUniversalTime(),
            EndsAt = request.End.ToUniversalTime(),
            Kind = request.Kind,
            Delegate = string.IsNullOrWhiteSpace(request.Delegate) ? null : request.Delegate,
            Note = request.Note,
            CreatedAt = now,
        }, caller.Actors, request.DelegateActors, ct);
        if (!added.Succeeded)
        {
            return ProblemResults.From(added.Failure);
        }

        if (added.Value is { Delegate: { } standIn } period && period.StartsAt <= now && period.EndsAt > now)
        {
            await HandOverAsync(caller, standIn, db, runner, ct);
        }

        return TypedResults.Created($"/me/away/{added.Value.Id}", AwayView.From(added.Value));
    }

    /// <summary>The user's claimed open tasks go to the delegate, each through the engine so the audit trail shows it.</summary>
    private static async Task HandOverAsync(Caller caller, string standIn, WorkflowsDbContext db, InstanceRunner runner, CancellationToken ct)
    {
        var claimed = await db.Tasks.AsNoTracking()
            .Where(t => t.Agency == caller.Agency && t.Status == TaskStatuses.Open && t.Assignee == caller.UserId)
            .Select(t => new { t.Id, t.InstanceId }).ToListAsync(ct);
        foreach (var task in claimed)
        {
            // A task that moved on meanwhile is simply not handed over; the rest still are.
            await runner.ExecuteAsync(task.InstanceId, caller.Agency, new ReassignTask(caller.Actor, task.Id, standIn), ct);
        }
    }

    private static async Task<Ok<List<AwayHistoryView>>> HistoryAsync(HttpContext http, AwayPeriods away, int? limit, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var rows = await away.HistoryAsync(caller.Agency, caller.UserId, Math.Clamp(limit ?? 100, 1, 500), ct);
        return TypedResults.Ok(rows.Select(AwayHistoryView.From).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(Guid id, HttpContext http, AwayPeriods away, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        return await away.RemoveAsync(id, caller.Agency, caller.UserId, ct)
            ? TypedResults.NoContent()
            : ProblemResults.Of(StatusCodes.Status404NotFound, FailureCodes.NotFound, $"You have no away period {id}.");
    }
}
