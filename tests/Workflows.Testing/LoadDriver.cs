using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using Workflows.Client;
using Workflows.Client.Models;
using Workflows.Core.Access;

namespace Workflows.Testing;

/// <summary>
/// Staff working the benchmark definition over HTTP from this process: <c>clients</c> concurrent workers, spread over
/// the given server nodes, start instances and then complete every task of each instance in turn. They go through the
/// generated .NET client (<see cref="WorkflowsApiClient"/>), so the benchmark exercises what integrators use.
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
            var client = WorkflowsApiClient.Over(http[worker % http.Length]);
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.StartNew();
                var instance = await client.Instances.PostAsync(new StartInstanceRequest { Definition = Definition, BusinessKey = $"{prefix}-{i}" });
                StartLatencies.Add(started.Elapsed);
                tasks.Enqueue(instance!.OpenSteps![0].TaskId!.Value);
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
            var client = WorkflowsApiClient.Over(http[worker % http.Length]);
            while (firstTasks.TryDequeue(out var task))
            {
                Guid? current = task;
                while (current is { } id)
                {
                    var started = Stopwatch.StartNew();
                    var instance = await client.Tasks[id].Complete.PostAsync(new CompleteTaskRequest());
                    CompleteLatencies.Add(started.Elapsed);
                    Interlocked.Increment(ref completions);
                    current = instance!.OpenSteps is [var next, ..] ? next.TaskId : null;
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
        // A refusal (a problem answer) throws WorkflowsProblemException with the server's code and detail.
        var client = new HttpClient(new ProblemResponses(handler)) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
