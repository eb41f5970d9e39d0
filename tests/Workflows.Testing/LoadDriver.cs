using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Workflows.Core.Access;

namespace Workflows.Testing;

/// <summary>
/// Staff working the benchmark definition over HTTP from this process: <c>clients</c> concurrent workers, spread over
/// the given server nodes, start instances and then complete every task of each instance in turn.
/// </summary>
public sealed class LoadDriver(IReadOnlyList<string> nodes, int clients) : IDisposable
{
    public const string Definition = "bench.tiga-langkah";

    private readonly HttpClient[] http = [.. nodes.Select(Client)];

    public Latencies StartLatencies { get; } = new();

    public Latencies CompleteLatencies { get; } = new();

    /// <summary>Starts <paramref name="count"/> instances; returns the first task of each and the elapsed time.</summary>
    public async Task<(ConcurrentQueue<Guid> Tasks, TimeSpan Elapsed)> StartAsync(int count, string prefix)
    {
        var tasks = new ConcurrentQueue<Guid>();
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.StartNew();
                var response = await http[worker % http.Length].PostAsJsonAsync("/instances", new { definition = Definition, businessKey = $"{prefix}-{i}" });
                StartLatencies.Add(started.Elapsed);
                var body = await Ensure(response);
                tasks.Enqueue(Guid.Parse(body["openSteps"]![0]!["taskId"]!.GetValue<string>()));
            }
        }));
        return (tasks, watch.Elapsed);
    }

    /// <summary>Completes every task of the instances whose first tasks are queued; returns completions and elapsed time.</summary>
    public async Task<(int Completions, TimeSpan Elapsed)> CompleteAllAsync(ConcurrentQueue<Guid> firstTasks)
    {
        var completions = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
        {
            var client = http[worker % http.Length];
            while (firstTasks.TryDequeue(out var task))
            {
                Guid? current = task;
                while (current is { } id)
                {
                    var started = Stopwatch.StartNew();
                    var response = await client.PostAsJsonAsync($"/tasks/{id}/complete", new { });
                    CompleteLatencies.Add(started.Elapsed);
                    var body = await Ensure(response);
                    Interlocked.Increment(ref completions);
                    var open = body["openSteps"]!.AsArray();
                    current = open.Count == 0 ? null : Guid.Parse(open[0]!["taskId"]!.GetValue<string>());
                }
            }
        }));
        return (completions, watch.Elapsed);
    }

    public void Dispose()
    {
        foreach (var client in http)
        {
            client.Dispose();
        }
    }

    private static HttpClient Client(string url)
    {
        var token = new LocalTokenIssuer(ServerProcess.SigningKey, TimeProvider.System)
            .Issue(new TokenRequest("petugas-bench", "bench") { Roles = ["staff"], Actors = ["petugas"], Lifetime = TimeSpan.FromHours(2) });
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<JsonObject> Ensure(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonNode.Parse(text)!.AsObject()
            : throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
    }
}
