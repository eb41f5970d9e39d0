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
}
