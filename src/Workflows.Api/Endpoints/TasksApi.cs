using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Api.Auth;
using Workflows.Api.Contract;
using Workflows.Api.Problems;
using Workflows.Api.Views;
using Workflows.Core.Access;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Deadlines;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Documents;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Results;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Api.Endpoints;

/// <summary>Staff inboxes: list, claim, release and complete tasks; supervisors reassign them.</summary>
public static class TasksApi
{
    private static readonly string[] Scopes = ["roles", "mine", "all"];
    private static readonly string[] Statuses = [Infrastructure.Persistence.TaskStatuses.Open, Infrastructure.Persistence.TaskStatuses.Completed, Infrastructure.Persistence.TaskStatuses.Cancelled];

    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/tasks").WithTags("Tasks").RequireAuthorization();
        group.MapGet("/", ListAsync)
            .Operation("listMyTasks", "List my tasks", "My inbox: scope=roles (default: claimed by me or offered to my actor roles), mine, all; status, overdue, definition, dueBefore.").Problems(FailureCodes.BadQuery, FailureCodes.NotSupervisor)
            .Paged(100, TaskQuery.MaxLimit);
        group.MapGet("/{id:guid}", GetAsync).Operation("getTask", "Get a task", "One task.").Problems(FailureCodes.NotFound);
        group.MapPost("/{id:guid}/claim", (Guid id, HttpContext http, InstanceRunner runner, InstanceQueries queries, InstanceZones zones, TimeProvider time, CancellationToken ct) =>
            AssignAsync(id, http, runner, queries, zones, time, c => new ClaimTask(c.Actor, id), ct))
            .RequireAuthorization(Policies.Staff).Operation("claimTask", "Claim a task", "Take a task offered to my role.").Problems(FailureCodes.Of(RejectionCode.TaskNotOpen), FailureCodes.Of(RejectionCode.NotWaitingForActor), FailureCodes.Of(RejectionCode.NotActorRole), FailureCodes.Of(RejectionCode.AssignedToSomeoneElse), FailureCodes.NotFound, FailureCodes.ConcurrentChange, FailureCodes.TooManyCases, FailureCodes.Of(RejectionCode.InstanceNotRunning));
        group.MapPost("/{id:guid}/release", (Guid id, HttpContext http, InstanceRunner runner, InstanceQueries queries, InstanceZones zones, TimeProvider time, CancellationToken ct) =>
            AssignAsync(id, http, runner, queries, zones, time, c => new ReleaseTask(c.Actor, id), ct))
            .RequireAuthorization(Policies.Staff).Operation("releaseTask", "Release a claimed task", "Give a claimed task back to the role.").Problems(FailureCodes.Of(RejectionCode.TaskNotOpen), FailureCodes.Of(RejectionCode.NotWaitingForActor), FailureCodes.Of(RejectionCode.NotAssignedToYou), FailureCodes.NotFound, FailureCodes.ConcurrentChange, FailureCodes.TooManyCases, FailureCodes.Of(RejectionCode.InstanceNotRunning));
        group.MapPost("/{id:guid}/reassign", async (Guid id, ReassignTaskRequest request, HttpContext http, InstanceRunner runner, InstanceQueries queries, InstanceZones zones, AwayPeriods away, TimeProvider time, CancellationToken ct) =>
        {
            // Work handed to someone who is away goes to their delegate.
            var assignee = string.IsNullOrWhiteSpace(request.Assignee)
                ? null
                : await away.StandInForAsync(Caller.From(http.User).Agency, request.Assignee, time.GetUtcNow(), ct);
            return await AssignAsync(id, http, runner, queries, zones, time, c => new ReassignTask(c.Actor, id, assignee), ct);
        })
            .RequireAuthorization(Policies.Supervisor).Operation("reassignTask", "Reassign a task", "Hand a task to a user (null: back to the role).").Problems(FailureCodes.Of(RejectionCode.TaskNotOpen), FailureCodes.Of(RejectionCode.NotWaitingForActor), FailureCodes.NotFound, FailureCodes.ConcurrentChange, FailureCodes.TooManyCases, FailureCodes.Of(RejectionCode.InstanceNotRunning));
        group.MapPost("/{id:guid}/complete", CompleteAsync).RequireAuthorization(Policies.Staff)
            .Operation("completeTask", "Complete a task", "Complete a task with an outcome (decisions), data and the documents it produces.").Problems(FailureCodes.UnknownDocuments, FailureCodes.DocumentAlreadyBound, FailureCodes.Of(RejectionCode.TaskNotOpen), FailureCodes.Of(RejectionCode.NotWaitingForActor), FailureCodes.Of(RejectionCode.NotActorRole), FailureCodes.Of(RejectionCode.AssignedToSomeoneElse), FailureCodes.Of(RejectionCode.TooEarly), FailureCodes.Of(RejectionCode.OutcomeRequired), FailureCodes.Of(RejectionCode.UnknownOutcome), FailureCodes.Of(RejectionCode.OutcomeNotAllowed), FailureCodes.Of(RejectionCode.InvalidData), FailureCodes.Of(RejectionCode.UnknownDocumentType), FailureCodes.Of(RejectionCode.MissingProducedDocuments), FailureCodes.Of(RejectionCode.DuplicateDocument), FailureCodes.Of(RejectionCode.DocumentNotYours), FailureCodes.Of(RejectionCode.NoTransition), FailureCodes.Of(RejectionCode.ConditionFailed), FailureCodes.Of(RejectionCode.RunawayLoop), FailureCodes.SubProcessNotStartable, FailureCodes.NotFound, FailureCodes.ConcurrentChange, FailureCodes.TooManyCases, FailureCodes.Of(RejectionCode.InstanceNotRunning));
        return routes;
    }

    private static async Task<Results<Ok<List<TaskView>>, ProblemHttpResult>> ListAsync(
        HttpContext http, InstanceQueries queries, InstanceZones zones, TimeProvider time, string? scope, string? status, bool? overdue, string? definition, DateTimeOffset? dueBefore, int? limit, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        scope ??= "roles";
        status ??= Infrastructure.Persistence.TaskStatuses.Open;
        if (!Scopes.Contains(scope) || !Statuses.Contains(status))
        {
            return ProblemResults.Of(StatusCodes.Status400BadRequest, FailureCodes.BadQuery, $"scope is one of {string.Join(", ", Scopes)}; status one of {string.Join(", ", Statuses)}.");
        }

        if (scope == "all" && !(caller.Roles.Contains(SystemRoles.Supervisor) || caller.Roles.Contains(SystemRoles.Admin) || caller.IsPlatformAdmin))
        {
            return ProblemResults.Of(StatusCodes.Status403Forbidden, FailureCodes.NotSupervisor, "Only supervisors and administrators list all tasks of the agency.");
        }

        var now = time.GetUtcNow();
        var query = new TaskQuery(scope, status, overdue, definition, dueBefore, Math.Clamp(limit ?? 100, 1, TaskQuery.MaxLimit));
        var rows = await queries.TasksAsync(query, caller.Scope, caller.Actor, now, ct);
        var byInstance = await zones.OfInstancesAsync(rows.Select(r => r.InstanceId), ct);
        return TypedResults.Ok(rows.Select(r => TaskView.From(r, now, byInstance[r.InstanceId])).ToList());
    }

    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, InstanceQueries queries, InstanceZones zones, TimeProvider time, CancellationToken ct)
    {
        var task = await queries.FindTaskAsync(id, Caller.From(http.User).Scope, ct);
        return task is null
            ? NotFound(id)
            : TypedResults.Ok(TaskView.From(task, time.GetUtcNow(), (await zones.OfInstancesAsync([task.InstanceId], ct))[task.InstanceId]));
    }

    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> AssignAsync(
        Guid id, HttpContext http, InstanceRunner runner, InstanceQueries queries, InstanceZones zones, TimeProvider time, Func<Caller, InstanceCommand> command, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var instance = await runner.InstanceOfTaskAsync(id, caller.Scope, ct);
        if (instance is null)
        {
            return NotFound(id);
        }

        var applied = await runner.ExecuteAsync(instance.Id, caller.Scope, command(caller), ct);
        return applied.Succeeded
            ? TypedResults.Ok(TaskView.From((await queries.FindTaskAsync(id, caller.Scope, ct))!, time.GetUtcNow(), zones.Of(applied.Value.Definition)))
            : ProblemResults.From(applied.Failure);
    }

    private static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> CompleteAsync(
        Guid id, CompleteTaskRequest request, HttpContext http, InstanceRunner runner, DocumentStore documents, InstanceZones zones, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        // The task's instance in one read; the command then finds it tracked.
        var instance = await runner.InstanceOfTaskAsync(id, caller.Scope, ct);
        if (instance is null)
        {
            return NotFound(id);
        }

        var supplied = await documents.ResolveAsync(InstancesApi.References(request.Documents), instance.Agency, instance.Id, ct);
        if (!supplied.Succeeded)
        {
            return ProblemResults.From(supplied.Failure);
        }

        var command = new CompleteTask(caller.Actor, id, request.Outcome, InstancesApi.Data(request.Data), supplied.Value);
        var completed = await runner.ExecuteAsync(instance.Id, caller.Scope, command, ct);
        return completed.Succeeded ? TypedResults.Ok(InstanceView.From(completed.Value, zones)) : ProblemResults.From(completed.Failure);
    }

    private static ProblemHttpResult NotFound(Guid id) => ProblemResults.From(Failure.NotFound($"There is no task {id}."));
}
