using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Api.Auth;
using Workflows.Api.Contract;
using Workflows.Api.Idempotency;
using Workflows.Api.Problems;
using Workflows.Api.Views;
using Workflows.Infrastructure.Messaging;
using Workflows.Infrastructure.Results;
using Workflows.Infrastructure.Webhooks;

namespace Workflows.Api.Endpoints;

/// <summary>Administrators' view of integration: inbound messages kept or unmatched, and webhooks with their delivery log.</summary>
public static class IntegrationApi
{
    private static readonly string[] MessageStatuses = [MessageInbox.Held, MessageInbox.Consumed, MessageInbox.Unmatched, MessageInbox.Rejected, MessageInbox.Refused];

    public static IEndpointRouteBuilder MapIntegrationApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/messages", MessagesAsync).WithTags("Integration").RequireAuthorization(Policies.Admin)
            .Operation("listInboundMessages", "List inbound messages", "Inbound messages that were held, consumed later, unmatched or rejected: status, limit.").Problems(FailureCodes.BadQuery).Paged(100, 500);
        var webhooks = routes.MapGroup("/webhooks").WithTags("Integration").RequireAuthorization(Policies.Admin);
        webhooks.MapPost("/", RegisterAsync).Operation("registerWebhook", "Register a webhook", "Register an https URL (public address) for event types of my agency; the answer carries the signing secret, once (not in a replay).").Problems(FailureCodes.AgencyRequired, FailureCodes.InvalidWebhook, FailureCodes.WebhookLimit)
            .RedactedOnReplay("secret");
        webhooks.MapGet("/", ListAsync).Operation("listWebhooks", "List webhooks", "The agency's webhooks.");
        webhooks.MapDelete("/{id:guid}", RemoveAsync).Operation("removeWebhook", "Remove a webhook", "Remove a webhook and its delivery log.").Problems(FailureCodes.NotFound);
        webhooks.MapGet("/{id:guid}/deliveries", DeliveriesAsync).Operation("listWebhookDeliveries", "List a webhook's deliveries", "The delivery log: status (pending, delivered, failed), limit.").Problems(FailureCodes.NotFound).Paged(100, 500);
        return routes;
    }

    private static async Task<Results<Ok<List<InboundMessageView>>, ProblemHttpResult>> MessagesAsync(
        HttpContext http, MessageInbox inbox, string? status, int? limit, CancellationToken ct)
    {
        if (status is not null && !MessageStatuses.Contains(status))
        {
            return ProblemResults.Of(StatusCodes.Status400BadRequest, FailureCodes.BadQuery, $"status is one of {string.Join(", ", MessageStatuses)}.");
        }

        var rows = await inbox.ListAsync(Caller.From(http.User).Scope, status, Math.Clamp(limit ?? 100, 1, 500), ct);
        return TypedResults.Ok(rows.Select(InboundMessageView.From).ToList());
    }

    private static async Task<Results<Created<WebhookView>, ProblemHttpResult>> RegisterAsync(
        RegisterWebhookRequest request, HttpContext http, WebhookRegistry registry, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        if (caller.Scope is null)
        {
            return ProblemResults.Of(StatusCodes.Status422UnprocessableEntity, FailureCodes.AgencyRequired, "A webhook belongs to an agency; register it with an agency administrator's token.");
        }

        var registered = await registry.RegisterAsync(caller.Agency, caller.UserId, request.Url, request.Events, ct);
        if (!registered.Succeeded)
        {
            return ProblemResults.From(registered.Failure);
        }

        // The secret is shown this once: a retry with the same Idempotency-Key gets the webhook without it.
        ReplayRedaction.Keep(http, WebhookView.From(registered.Value), "secret");
        return TypedResults.Created($"/webhooks/{registered.Value.Id}", WebhookView.From(registered.Value, withSecret: true));
    }

    private static async Task<Ok<List<WebhookView>>> ListAsync(HttpContext http, WebhookRegistry registry, CancellationToken ct) =>
        TypedResults.Ok((await registry.ListAsync(Caller.From(http.User).Scope, ct)).Select(w => WebhookView.From(w)).ToList());

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(Guid id, HttpContext http, WebhookRegistry registry, CancellationToken ct) =>
        await registry.RemoveAsync(id, Caller.From(http.User).Scope, ct)
            ? TypedResults.NoContent()
            : ProblemResults.Of(StatusCodes.Status404NotFound, FailureCodes.NotFound, $"There is no webhook {id}.");

    private static async Task<Results<Ok<List<WebhookDeliveryView>>, ProblemHttpResult>> DeliveriesAsync(
        Guid id, HttpContext http, WebhookRegistry registry, string? status, int? limit, CancellationToken ct)
    {
        if (await registry.FindAsync(id, Caller.From(http.User).Scope, ct) is null)
        {
            return ProblemResults.Of(StatusCodes.Status404NotFound, FailureCodes.NotFound, $"There is no webhook {id}.");
        }

        var rows = await registry.DeliveriesAsync(id, status, Math.Clamp(limit ?? 100, 1, 500), ct);
        return TypedResults.Ok(rows.Select(WebhookDeliveryView.From).ToList());
    }
}
