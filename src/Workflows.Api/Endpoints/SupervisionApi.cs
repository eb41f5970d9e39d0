using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Api.Auth;
using Workflows.Api.Contract;
using Workflows.Api.Problems;
using Workflows.Api.Views;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Deadlines;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Results;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Api.Endpoints;

/// <summary>
/// Supervisors: escalations addressed to their actor roles (list, acknowledge, reassign the late task from there) and
/// the overdue work of the roles they oversee.
/// </summary>
public static class SupervisionApi
{
    private static readonly string[] Statuses = [EscalationStatus.Open, EscalationStatus.Acknowledged, "all"];
    private static readonly string[] Sorts = ["raised", "lateness"];

    public static IEndpointRouteBuilder MapSupervisionApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/supervision").WithTags("Supervision").RequireAuthorization();
        group.MapGet("/escalations", ListAsync)
            .Operation("listEscalations", "List escalations", "Escalations to my actor roles: status=open (default)|acknowledged|all, definition, minLateMinutes, sort=raised|lateness.").Problems(FailureCodes.BadQuery)
            .Paged(100, SupervisorQueries.MaxLimit);
        group.MapPost("/escalations/{id:guid}/acknowledge", AcknowledgeAsync).Operation("acknowledgeEscalation", "Acknowledge an escalation", "Acknowledge an escalation with a note.").Problems(FailureCodes.NotFound, FailureCodes.AlreadyAcknowledged);
        group.MapPost("/escalations/{id:guid}/reassign", ReassignAsync).RequireAuthorization(Policies.Supervisor)
            .Operation("reassignEscalatedTask", "Reassign an escalated task", "Hand the late task to a user (null: back to the role) and acknowledge the escalation.").Problems(FailureCodes.NotFound, FailureCodes.CaseEscalation, FailureCodes.Of(RejectionCode.TaskNotOpen), FailureCodes.Of(RejectionCode.NotWaitingForActor), FailureCodes.ConcurrentChange, FailureCodes.TooManyCases, FailureCodes.Of(RejectionCode.InstanceNotRunning));
        group.MapGet("/overdue", OverdueAsync).Operation("listOverdueTasks", "List overdue tasks", "Overdue open tasks of the roles I oversee, with lateness in office time.");
        return routes;
    }

    private static async Task<Results<Ok<List<EscalationView>>, ProblemHttpResult>> ListAsync(
        HttpContext http, SupervisorQueries queries, InstanceZones zones, string? status, string? definition, long? minLateMinutes, string? sort, int? limit, CancellationToken ct)
    {
        status ??= EscalationStatus.Open;
        sort ??= "raised";
        if (!Statuses.Contains(status) || !Sorts.Contains(sort) || minLateMinutes < 0)
        {
            return ProblemResults.Of(StatusCodes.Status400BadRequest, FailureCodes.BadQuery,
                $"status is one of {string.Join(", ", Statuses)}; sort one of {string.Join(", ", Sorts)}; minLateMinutes is not negative.");
        }

        var caller = Caller.From(http.User);
        var rows = await queries.EscalationsAsync(caller.Scope, caller.Actors, status == "all" ? null : status, definition,
            minLateMinutes * 60, sort == "lateness", Math.Clamp(limit ?? 100, 1, SupervisorQueries.MaxLimit), ct);
        var byInstance = await zones.OfInstancesAsync(rows.Select(r => r.InstanceId), ct);
        var provisional = await queries.ProvisionalAsync(rows, ct);
        return TypedResults.Ok(rows.Select(r => EscalationView.From(r, provisional.Contains(r.Id), byInstance[r.InstanceId])).ToList());
    }

    private static async Task<Results<Ok<EscalationView>, ProblemHttpResult>> AcknowledgeAsync(
        Guid id, AcknowledgeRequest? request, HttpContext http, SupervisorQueries queries, InstanceZones zones, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var acknowledged = await queries.AcknowledgeAsync(id, caller.Scope, caller.Actors, caller.UserId, request?.Note, time.GetUtcNow(), ct);
        return acknowledged.Succeeded
            ? TypedResults.Ok(await ViewAsync(acknowledged.Value, queries, (await zones.OfInstancesAsync([acknowledged.Value.InstanceId], ct))[acknowledged.Value.InstanceId], ct))
            : ProblemResults.From(acknowledged.Failure);
    }

    private static async Task<Results<Ok<EscalationView>, ProblemHttpResult>> ReassignAsync(
        Guid id, EscalationReassignRequest request, HttpContext http, SupervisorQueries queries, InstanceRunner runner, InstanceZones zones, AwayPeriods away, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var found = await queries.FindAsync(id, caller.Scope, caller.Actors, ct);
        if (!found.Succeeded)
        {
            return ProblemResults.From(found.Failure);
        }

        if (found.Value.TaskId is not { } taskId)
        {
            return ProblemResults.Of(StatusCodes.Status409Conflict, FailureCodes.CaseEscalation, "This escalation is about a whole instance, not a task; there is nothing to reassign.");
        }

        var now = time.GetUtcNow();
        var assignee = string.IsNullOrWhiteSpace(request.Assignee) ? null : await away.StandInForAsync(found.Value.Agency, request.Assignee, now, ct);
        var reassigned = await runner.ExecuteAsync(found.Value.InstanceId, caller.Scope, new ReassignTask(caller.Actor, taskId, assignee), ct);
        if (!reassigned.Succeeded)
        {
            return ProblemResults.From(reassigned.Failure);
        }

        var note = request.Note ?? (assignee is null ? "Returned to the role." : $"Reassigned to {assignee}.");
        var acknowledged = await queries.AcknowledgeAsync(id, caller.Scope, caller.Actors, caller.UserId, note, now, ct);
        return acknowledged.Succeeded || acknowledged.Failure.Code == FailureCodes.AlreadyAcknowledged
            ? TypedResults.Ok(await ViewAsync((await queries.FindAsync(id, caller.Scope, caller.Actors, ct)).Value!, queries, zones.Of(reassigned.Value.Definition), ct))
            : ProblemResults.From(acknowledged.Failure);
    }

    private static async Task<EscalationView> ViewAsync(EscalationRow row, SupervisorQueries queries, TimeZoneInfo zone, CancellationToken ct) =>
        EscalationView.From(row, (await queries.ProvisionalAsync([row], ct)).Contains(row.Id), zone);

    private static async Task<Ok<List<OverdueTaskView>>> OverdueAsync(
        HttpContext http, SupervisorQueries queries, InstanceZones zones, TimeProvider time, string? definition, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var now = time.GetUtcNow();
        var rows = await queries.OverdueAsync(caller.Scope, caller.Actors, definition, now, ct);
        var byInstance = await zones.OfInstancesAsync(rows.Select(r => r.Task.InstanceId), ct);
        return TypedResults.Ok(rows.Select(r => OverdueTaskView.From(r.Task, r.Late, now, byInstance[r.Task.InstanceId])).ToList());
    }
}
