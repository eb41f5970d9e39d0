using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Core.Access;
using Workflows.Infrastructure.Persistence;
using Workflows.Infrastructure.Wakeups;

namespace Workflows.Api.Tests.Support;

/// <summary>
/// The server under test: the real <c>Program</c> through <see cref="WebApplicationFactory{TEntryPoint}"/>, on a fresh
/// PostgreSQL database, importing the test workflows folder. Started once for the whole run by
/// <see cref="ServerSetUp"/> (a set-up fixture applies to its own namespace, so it lives at the root).
/// </summary>
public static class WorkflowsServer
{
    public const string SigningKey = "integration-tests-signing-key-0123456789abcdef";

    private static TestDatabase? database;
    private static WebApplicationFactory<Program>? factory;
    private static string? folder;
    private static Dictionary<string, string?> shared = [];

    /// <summary>The server's clock; tests that move it put it back when they finish.</summary>
    public static TestClock Clock { get; } = new();

    public static WebApplicationFactory<Program> Factory => factory ?? throw new InvalidOperationException("The server is not started.");

    /// <summary>The server's role on the test database.</summary>
    public static string ConnectionString => database!.ConnectionString;

    /// <summary>The role that owns the test database and migrates it.</summary>
    public static string OwnerConnectionString => database!.OwnerConnectionString;

    /// <summary>The workflows folder the server imported (its calendars are what definitions are checked against).</summary>
    public static string Folder => folder!;

    public static async Task StartAsync()
    {
        database = await TestDatabase.CreateAsync();
        folder = TestWorkflowsFolder.Create();
        shared = database.Settings([
            ("Auth:SigningKey", SigningKey),
            ("Workflows:Root", folder),
            ("Workflows:MaxDocumentBytes", "1048576"),
            ("OpenApi:Enabled", "true"),
            ("Workflows:Metrics:Enabled", "true"),
            .. BusKeys.Settings(),
            // ScheduleTests watches a cron fire every 2 seconds on two nodes; production keeps the 1-hour minimum.
            ("Workflows:Schedules:MinimumInterval", "00:00:02"),
            ("Workflows:Hangfire:SchedulePollingInterval", "00:00:00.500"),
            // Webhook receivers in the tests listen on loopback over plain http; production keeps this off.
            ("Workflows:Webhooks:AllowLoopbackHttp", "true"),
        ]);
        factory = await StartNodeAsync();
    }

    /// <summary>
    /// Another server on the same database, as a second node of a deployment would be: its own connection pool, caches and
    /// start-up (migrations and import under the advisory lock). Its <paramref name="settings"/> (keys with ':', a null
    /// value for a setting left unset) go over the ones every test server has. The caller disposes it.
    /// </summary>
    public static async Task<WebApplicationFactory<Program>> StartNodeAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var node = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            UseSettings(web, settings);
            web.ConfigureTestServices(services =>
            {
                services.AddKeyedSingleton<TimeProvider>(DatabaseClock.SourceKey, Clock);
                RoundTripMiddleware.AddTo(services);
            });
        });
        using var client = node.CreateClient();
        (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).EnsureSuccessStatusCode();
        // Moving the clock wakes every worker of the node, as a real deadline or retry time coming would.
        Clock.Moved += node.Services.GetRequiredService<TimerSignal>().Wake;
        Clock.Moved += node.Services.GetRequiredService<WebhookSignal>().Wake;
        return node;
    }

    /// <summary>
    /// Configures one server's host with the settings every test server has and <paramref name="settings"/> over them.
    /// The factory hands settings given to the web host builder to <c>Program</c>'s <c>WebApplication.CreateBuilder</c>, so
    /// they are in place for what it reads while adding its services; being the factory's own, they leave other servers
    /// in the process alone.
    /// </summary>
    public static void UseSettings(IWebHostBuilder web, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(web);
        foreach (var (key, value) in NodeSettings.Over(shared, settings))
        {
            web.UseSetting(key, value);
        }
    }

    /// <summary>A database of its own, for a test that needs a deployment to itself (dropped when disposed).</summary>
    internal static Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateAsync();

    public static async Task StopAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }

        if (folder is not null)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A client that sends a token for <paramref name="user"/>.</summary>
    public static ApiClient Client(string user, string agency, string[] roles, params string[] actors) =>
        Client(Factory, user, agency, roles, actors);

    /// <summary>A client of <paramref name="node"/> that sends a token for <paramref name="user"/>.</summary>
    public static ApiClient Client(WebApplicationFactory<Program> node, string user, string agency, string[] roles, params string[] actors)
    {
        ArgumentNullException.ThrowIfNull(node);
        var token = new LocalTokenIssuer(SigningKey, TimeProvider.System).Issue(new TokenRequest(user, agency) { Roles = roles, Actors = actors });
        var http = node.CreateClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return new ApiClient(http, user);
    }
}
