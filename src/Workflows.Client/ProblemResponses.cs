using System.Net.Http.Headers;
using System.Text.Json;

namespace Workflows.Client;

/// <summary>
/// Turns an answer in <c>application/problem+json</c> into a <see cref="WorkflowsProblemException"/> carrying the
/// problem's <c>code</c>. A handler rather than generated error models: every refusal of the API is a problem, so it is
/// read in one place whichever operation the contract declares it for.
/// </summary>
public sealed class ProblemResponses : DelegatingHandler
{
    private static readonly MediaTypeHeaderValue Problem = new("application/problem+json");

    /// <summary>A handler whose inner handler is set later (as <c>IHttpClientFactory</c> does).</summary>
    public ProblemResponses()
    {
    }

    /// <summary>A handler in front of <paramref name="innerHandler"/>.</summary>
    public ProblemResponses(HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != Problem.MediaType)
        {
            return response;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var problem = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
            var root = problem.RootElement;
            throw new WorkflowsProblemException(response.StatusCode, Text(root, "code"), Text(root, "type"), Text(root, "title"), Text(root, "detail"), Items(root, "errors"));
        }
    }

    private static string? Text(JsonElement problem, string name) =>
        problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string[] Items(JsonElement problem, string name) =>
        problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];
}
