using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Workflows.Core.Access;
using Workflows.Testing;

namespace Workflows.Reliability.Tests;

/// <summary>
/// A member of staff whose requests go to any live node: every state-changing request carries an Idempotency-Key, and
/// a request that fails because a node died (connection refused, reset, 5xx) is retried on the next node with the same
/// key, so it takes effect once whichever node handled it.
/// </summary>
internal sealed class Staff(IReadOnlyList<string> nodes, string agency, string user, string[] roles, params string[] actors) : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64, ConnectTimeout = TimeSpan.FromSeconds(2) })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    private readonly string token = Token(user, agency, roles, actors);

    /// <summary>Requests that had to be retried on another node.</summary>
    public int Retries;

    public static string Token(string user, string agency, string[] roles, string[] actors, TimeSpan? lifetime = null) =>
        new LocalTokenIssuer(ServerProcess.SigningKey, TimeProvider.System)
            .Issue(new TokenRequest(user, agency) { Roles = roles, Actors = actors, Lifetime = lifetime ?? TimeSpan.FromHours(2) });

    public async Task<JsonObject> PostAsync(string path, object body, int preferredNode = 0)
    {
        var key = Guid.NewGuid().ToString();
        for (var attempt = 0; ; attempt++)
        {
            var node = nodes[(preferredNode + attempt) % nodes.Count];
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(node + path)) { Content = JsonContent.Create(body) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                request.Headers.Add("Idempotency-Key", key);
                using var response = await http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                if (response.IsSuccessStatusCode)
                {
                    return JsonNode.Parse(text)!.AsObject();
                }

                if ((int)response.StatusCode < 500)
                {
                    throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {text}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && attempt < 40)
            {
            }

            if (attempt >= 40)
            {
                throw new InvalidOperationException($"{path} failed on every node {attempt} times");
            }

            Interlocked.Increment(ref Retries);
            await Task.Delay(100 * Math.Min(attempt + 1, 10));
        }
    }

    public void Dispose() => http.Dispose();
}
