namespace Workflows.Api.Contract;

/// <summary>How an endpoint declares its part of the contract, next to where it is mapped.</summary>
public static class ContractConventions
{
    /// <summary>The problem codes this endpoint can answer with; the OpenAPI document lists them under their statuses.</summary>
    public static TBuilder Problems<TBuilder>(this TBuilder builder, params string[] codes) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var code in codes)
        {
            _ = ProblemStatuses.Of(code);
        }

        return builder.WithMetadata(new ProblemCodes(codes));
    }

    /// <summary>The operation's stable id (what a generated client names its method), summary and description.</summary>
    public static RouteHandlerBuilder Operation(this RouteHandlerBuilder builder, string operationId, string summary, string description) =>
        builder.WithName(operationId).WithSummary(summary).WithDescription(description);

    /// <summary>
    /// The endpoint answers a list paged by its <c>limit</c> query parameter (<paramref name="defaultLimit"/> items unless
    /// it says otherwise, at most <paramref name="maxLimit"/>); with <paramref name="nextLink"/> it also takes an <c>after</c>
    /// cursor and sends <c>Link: rel="next"</c> while more items follow.
    /// </summary>
    public static TBuilder Paged<TBuilder>(this TBuilder builder, int defaultLimit, int maxLimit, bool nextLink = false) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLimit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(defaultLimit, maxLimit);
        return builder.WithMetadata(new Paging(defaultLimit, maxLimit, nextLink));
    }

    /// <summary>A replay of this endpoint's answer (same <c>Idempotency-Key</c>) leaves out <paramref name="removed"/> and says so.</summary>
    public static TBuilder RedactedOnReplay<TBuilder>(this TBuilder builder, string removed) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ReplayRedacted(removed));
}
