using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Workflows.Client;

/// <summary>The entry point of the client; the rest of this class is generated from the contract.</summary>
public partial class WorkflowsApiClient
{
    /// <summary>
    /// A client that sends its requests through <paramref name="http"/>, whose <see cref="HttpClient.BaseAddress"/> is
    /// the server and whose default headers carry the bearer token. Give <paramref name="http"/> a
    /// <see cref="ProblemResponses"/> handler (<c>new HttpClient(new ProblemResponses(new SocketsHttpHandler()))</c>) so
    /// that a refusal surfaces as a <see cref="WorkflowsProblemException"/> with the server's <c>code</c>. The caller keeps
    /// <paramref name="http"/> and disposes it.
    /// </summary>
    public static WorkflowsApiClient Over(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var baseAddress = http.BaseAddress ?? throw new ArgumentException("The HttpClient needs a BaseAddress: the Workflows server.", nameof(http));
        // The token travels in the HttpClient's default headers, so the adapter adds no authentication of its own.
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = baseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/'),
        };
        return new WorkflowsApiClient(adapter);
    }
}
