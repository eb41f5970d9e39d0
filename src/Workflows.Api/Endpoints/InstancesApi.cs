using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Api.Auth;
using Workflows.Api.Contract;
using Workflows.Api.Problems;
using Workflows.Api.Views;
using Workflows.Core.Definitions;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Definitions;
using Workflows.Infrastructure.Documents;
using Workflows.Infrastructure.Messaging;
using Workflows.Infrastructure.Results;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Api.Endpoints;

/// <summary>Staff start instances and read them; supervisors cancel them.</summary>
public static class InstancesApi
{
    /// <summary>History lines per page when the caller does not say, and at most: the paging of the other lists.</summary>
    private const int HistoryPage = 100;
    private const int MaxHistoryPage = 500;

    public static IEndpointRouteBuilder MapInstancesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/instances").WithTags("Instances").RequireAuthorization();
        group.MapPost("/", StartAsync).RequireAuthorization(Policies.Staff)
            .Operation("startInstance", "Start an instance", "Start an instance on the definition's published version, with its data and the documents required at intake.").Problems(FailureCodes.MissingFields, FailureCodes.NotFound, FailureCodes.UnknownDocuments, FailureCodes.DocumentAlreadyBound, FailureCodes.DefinitionNotPublished, FailureCodes.DefinitionRetired, FailureCodes.TooManyCases, FailureCodes.SubProcessNotStartable, FailureCodes.ConcurrentChange, FailureCodes.Of(RejectionCode.InvalidData), FailureCodes.Of(RejectionCode.UnknownDocumentType), FailureCodes.Of(RejectionCode.MissingRequiredDocuments), FailureCodes.Of(RejectionCode.DuplicateDocument), FailureCodes.Of(RejectionCode.DocumentNotYours), FailureCodes.Of(RejectionCode.NotActorRole), FailureCodes.Of(RejectionCode.NoTransition), FailureCodes.Of(RejectionCode.ConditionFailed), FailureCodes.Of(RejectionCode.RunawayLoop));
        group.MapGet("/", ListAsync).Operation("listInstances", "List instances", "Instances of my agency, newest first.").Paged(100, 500);
        group.MapGet("/{id:guid}", GetAsync).Operation("getInstance", "Get an instance", "An instance with its open steps, due dates, documents and the link to its history.").Problems(FailureCodes.NotFound);
        group.MapGet("/{id:guid}/history", HistoryAsync)
            .Operation("getInstanceHistory", "Get an instance's audit trail", "The audit trail of an instance, oldest first: after (the last id seen), limit; Link rel=\"next\" while more follow.").Problems(FailureCodes.NotFound)
            .Paged(HistoryPage, MaxHistoryPage, nextLink: true);
        group.MapPost("/{id:guid}/cancel", CancelAsync).RequireAuthorization(Policies.Supervisor).Operation("cancelInstance", "Cancel an instance", "Cancel an instance.").Problems(FailureCodes.MissingFields, FailureCodes.NotFound, FailureCodes.ConcurrentChange, FailureCodes.TooManyCases, FailureCodes.Of(RejectionCode.InstanceNotRunning), FailureCodes.Of(RejectionCode.SubProcessOfParent));
        group.MapPost("/{id:guid}/messages/{name}", DeliverAsync).RequireAuthorization(Policies.Staff)
            .Operation("deliverMessage", "Record a message for an instance", "Record a message (with its data and documents) that a receive step of the instance waits for.").Problems(FailureCodes.UnknownDocuments, FailureCodes.DocumentAlreadyBound, FailureCodes.Of(RejectionCode.NotActorRole), FailureCodes.Of(RejectionCode.MessageNotExpected), FailureCodes.Of(RejectionCode.InvalidData), FailureCodes.Of(RejectionCode.UnknownDocumentType), FailureCodes.Of(RejectionCode.DuplicateDocument), FailureCodes.Of(RejectionCode.DocumentNotYours), FailureCodes.Of(RejectionCode.NoTransition), FailureCodes.Of(RejectionCode.ConditionFailed), FailureCodes.Of(RejectionCode.RunawayLoop), FailureCodes.SubProcessNotStartable, FailureCodes.NotFound, FailureCodes.ConcurrentChange, FailureCodes.TooManyCases, FailureCodes.Of(RejectionCode.InstanceNotRunning));
        return routes;
    }

    private static async Task<Results<Created<InstanceView>, ProblemHttpResult>> StartAsync(
        StartInstanceRequest request, HttpContext http, InstanceRunner runner, DocumentStore documents, InstanceZones zones, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        if (string.IsNullOrWhiteSpace(request.Definition) || string.IsNullOrWhiteSpace(request.BusinessKey))
        {
            return ProblemResults.Of(StatusCodes.Status400BadRequest, FailureCodes.MissingFields, "Give 'definition' and 'businessKey'.");
        }

        var agency = caller.Scope ?? request.Definition.Split('.')[0];
        var supplied = await documents.ResolveAsync(References(request.Documents), agency, null, ct);
        if (!supplied.Succeeded)
        {
            return ProblemResults.From(supplied.Failure);
        }

        var command = new StartInstance(caller.Actor, Guid.CreateVersion7(), request.BusinessKey, Data(request.Data), supplied.Value);
        var started = await runner.StartAsync(request.Definition, command, caller.Scope, ct);
        return started.Succeeded
            ? TypedResults.Created($"/instances/{started.Value.Row.Id}", InstanceView.From(started.Value, zones))
            : ProblemResults.From(started.Failure);
    }

    private static async Task<Ok<List<InstanceSummary>>> ListAsync(
        HttpContext http, InstanceQueries queries, InstanceZones zones, string? definition, string? businessKey, string? status, int? limit, CancellationToken ct)
    {
        var rows = await queries.ListAsync(Caller.From(http.User).Scope, definition, businessKey, status, Math.Clamp(limit ?? 100, 1, 500), ct);
        var views = new List<InstanceSummary>(rows.Count);
        foreach (var row in rows)
        {
            views.Add(InstanceSummary.From(row, await zones.OfAsync(row.DefinitionId, row.DefinitionVersion, ct)));
        }

        return TypedResults.Ok(views);
    }

    private static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, InstanceQueries queries, InstanceZones zones, CancellationToken ct)
    {
        var snapshot = await queries.FindAsync(id, Caller.From(http.User).Scope, ct);
        return snapshot is null ? NotFound(id) : TypedResults.Ok(InstanceView.From(snapshot, zones));
    }

    private static async Task<Results<Ok<List<AuditView>>, ProblemHttpResult>> HistoryAsync(
        Guid id, long? after, int? limit, HttpContext http, InstanceQueries queries, CancellationToken ct)
    {
        if (!await queries.ExistsAsync(id, Caller.From(http.User).Scope, ct))
        {
            return NotFound(id);
        }

        // One line more than the page tells whether another page follows.
        var size = Math.Clamp(limit ?? HistoryPage, 1, MaxHistoryPage);
        var lines = await queries.HistoryAsync(id, after, size + 1, ct);
        if (lines.Count > size)
        {
            lines.RemoveAt(size);
            http.Response.Headers.Link = $"<{http.Request.PathBase}/instances/{id}/history?after={lines[^1].Id}&limit={size}>; rel=\"next\"";
        }

        return TypedResults.Ok(lines.Select(AuditView.From).ToList());
    }

    private static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> CancelAsync(
        Guid id, CancelInstanceRequest request, HttpContext http, InstanceRunner runner, InstanceZones zones, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return ProblemResults.Of(StatusCodes.Status400BadRequest, FailureCodes.MissingFields, "Give the 'reason' for cancelling.");
        }

        var cancelled = await runner.ExecuteAsync(id, caller.Scope, new CancelInstance(caller.Actor, request.Reason), ct);
        return cancelled.Succeeded ? TypedResults.Ok(InstanceView.From(cancelled.Value, zones)) : ProblemResults.From(cancelled.Failure);
    }

    private static async Task<Results<Ok<InstanceView>, Accepted<HeldMessageView>, ProblemHttpResult>> DeliverAsync(
        Guid id, string name, DeliverMessageRequest request, HttpContext http, MessageInbox inbox, InstanceRunner runner, InstanceQueries queries, InstanceZones zones, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var snapshot = await queries.FindAsync(id, caller.Scope, ct);
        if (snapshot is null)
        {
            return NotFound(id);
        }

        // Whoever records the message must hold the receive step's actor role, now or for the step it is kept for.
        var steps = snapshot.Definition.ReceiversOf(name);
        if (steps.Count > 0 && steps.All(s => s.Actor is { } role && !caller.Actor.Holds(role)))
        {
            return ProblemResults.Of(StatusCodes.Status403Forbidden, FailureCodes.Of(RejectionCode.NotActorRole),
                $"The message '{name}' is recorded by the actor role '{steps[0].Actor}', which you do not hold.");
        }

        var message = new InboundMessage(null, snapshot.Row.Agency, name, caller.UserId, Data(request.Data), References(request.Documents));
        var result = await inbox.DeliverOrHoldAsync(snapshot.Row, message, caller.Actor, ct);
        return result.Status switch
        {
            InboundStatus.Delivered => TypedResults.Ok(InstanceView.From(result.Instance!, zones)),
            InboundStatus.Held => TypedResults.Accepted($"/messages/{result.Record}", new HeldMessageView(result.Record!.Value, "held",
                $"Instance {id} has not reached the step that receives '{name}'; the message is kept and delivered when it does.")),
            _ => ProblemResults.From(result.Failure!),
        };
    }

    internal static IReadOnlyList<DocumentReference> References(List<DocumentRefRequest>? documents) =>
        documents?.Select(d => new DocumentReference(d.Id, d.Type)).ToList() ?? [];

    internal static IReadOnlyDictionary<string, JsonElement> Data(Dictionary<string, JsonElement>? data) =>
        data ?? ImmutableDictionary<string, JsonElement>.Empty as IReadOnlyDictionary<string, JsonElement>;

    private static ProblemHttpResult NotFound(Guid id) => ProblemResults.From(Failure.NotFound($"There is no instance {id}."));
}
