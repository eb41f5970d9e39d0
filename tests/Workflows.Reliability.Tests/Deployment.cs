using Workflows.Testing;

namespace Workflows.Reliability.Tests;

/// <summary>
/// A deployment on loopback for one test: a fresh database on the project-local PostgreSQL, the repository's
/// workflows plus the benchmark definition, and server processes started on demand (RabbitMQ as their bus).
/// </summary>
internal sealed class Deployment : IAsyncDisposable
{
    private readonly List<ServerProcess> nodes = [];

    private Deployment(string repo, Cluster cluster, string database, string root, string name)
    {
        Repo = repo;
        Cluster = cluster;
        Database = database;
        Root = root;
        Name = name;
    }

    public string Repo { get; }

    public Cluster Cluster { get; }

    /// <summary>The connection string of this deployment's database.</summary>
    public string Database { get; }

    public string Root { get; }

    public string Name { get; }

    public static string RabbitMqUrl(string repo) =>
        Environment.GetEnvironmentVariable("WORKFLOWS_TEST_RABBITMQ") ?? Cluster.Run(Path.Combine(repo, "deploy", "local", "rabbitmq.sh"), "url").Trim();

    public static async Task<Deployment> CreateAsync(string name)
    {
        var repo = BenchWorkflows.RepositoryRoot();
        var cluster = new Cluster(repo);
        var database = await cluster.CreateDatabaseAsync(name);
        return new Deployment(repo, cluster, database, BenchWorkflows.CreateFolder(repo), name);
    }

    /// <summary>Starts a node on <paramref name="port"/> with RabbitMQ as its bus.</summary>
    public async Task<ServerProcess> StartNodeAsync(int port, IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>
        {
            ["Workflows__Bus__RabbitMq"] = RabbitMqUrl(Repo),
            ["Workflows__Bus__PublishTimeout"] = "00:00:03",
            ["Workflows__MaxDocumentBytes"] = "1048576",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var node = await ServerProcess.StartAsync(Repo, Database, Root, port, all);
        nodes.Add(node);
        return node;
    }

    public void Script(string script, string command) => Cluster.Run(Path.Combine(Repo, "deploy", "local", script), command);

    public async ValueTask DisposeAsync()
    {
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }

        await Cluster.ExecuteAsync(Cluster.Url, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        Directory.Delete(Root, recursive: true);
    }
}
