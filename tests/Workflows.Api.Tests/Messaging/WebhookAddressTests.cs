using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Api.Tests.Support;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Api.Tests.Messaging;

/// <summary>
/// Webhooks cannot reach the deployment's own network: a node with the production default (no loopback, https only),
/// on a database of its own, refuses internal addresses when a webhook is registered and again when it connects.
/// Every address here is either refused before a socket is opened or is loopback.
/// </summary>
[NonParallelizable]
public sealed class WebhookAddressTests
{
    private TestDatabase? database;
    private WebApplicationFactory<Program>? node;

    [OneTimeSetUp]
    public async Task StartStrictNodeAsync()
    {
        database = await WorkflowsServer.CreateDatabaseAsync();
        node = await WorkflowsServer.StartNodeAsync(database.Settings(("Workflows:Webhooks:AllowLoopbackHttp", "false")));
    }

    [OneTimeTearDown]
    public async Task StopStrictNodeAsync()
    {
        if (node is not null)
        {
            await node.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [TestCase("http://169.254.169.254/latest/meta-data/")]
    [TestCase("https://169.254.169.254/latest/meta-data/")]
    [TestCase("https://10.0.0.1/hook")]
    [TestCase("https://172.16.5.4/hook")]
    [TestCase("https://192.168.1.10/hook")]
    [TestCase("https://100.64.0.1/hook")]
    [TestCase("https://127.0.0.1/hook")]
    [TestCase("https://2130706433/hook")]
    [TestCase("https://0.0.0.0/hook")]
    [TestCase("https://[::1]/hook")]
    [TestCase("https://[::ffff:10.0.0.1]/hook")]
    [TestCase("https://[fd00::1]/hook")]
    [TestCase("https://[fe80::1]/hook")]
    [TestCase("https://localhost/hook")]
    [TestCase("http://hooks.example.org/hook")]
    public async Task Internal_addresses_and_plain_http_are_refused_at_registration(string url)
    {
        using var admin = WorkflowsServer.Client(node!, "admin-ssrf", "bkd-lain", ["admin"]);
        var before = (await admin.ArrayAsync("/webhooks")).Count;

        var refused = await admin.PostAsync("/webhooks", new JsonObject { ["url"] = url });

        await ApiClient.Expect(refused, HttpStatusCode.UnprocessableEntity);
        var errors = (await ApiClient.JsonAsync(refused))["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        Assert.That(errors, Has.Some.StartsWith("url:"));
        Assert.That(await admin.ArrayAsync("/webhooks"), Has.Count.EqualTo(before), "nothing registered, so nothing is ever sent there");
    }

    [Test]
    public async Task A_name_that_resolves_to_loopback_is_refused_when_connecting_and_nothing_reaches_it()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Guid? webhook = null;
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            // As if the name had resolved to a public address at registration and to loopback since (DNS rebinding).
            var id = await InsertWebhookAsync($"https://localhost:{port}/hook");
            using var admin = WorkflowsServer.Client(node!, "admin-ssrf", "bkd-lain", ["admin"]);
            webhook = id;
            using var petugas = WorkflowsServer.Client(node!, "petugas-ssrf", "bkd-lain", ["staff"], "petugas");

            await petugas.StartInstanceAsync("bkd-lain.kabar", "SSRF-1");

            await Timers.WaitUntilAsync(async () => (await admin.ArrayAsync($"/webhooks/{id}/deliveries")).Any(d => d!["attempts"]!.GetValue<int>() >= 1), "the first try", TimeSpan.FromSeconds(20));
            var delivery = (await admin.ArrayAsync($"/webhooks/{id}/deliveries")).Single()!;
            Assert.That(delivery["lastError"]!.GetValue<string>(), Is.EqualTo("refused: address not allowed"));
            Assert.That(delivery["lastStatusCode"], Is.Null);
            Assert.That(listener.Pending(), Is.False, "no connection was made to the loopback listener");
        }
        finally
        {
            listener.Stop();
            if (webhook is { } id)
            {
                using var admin = WorkflowsServer.Client(node!, "admin-ssrf", "bkd-lain", ["admin"]);
                await admin.SendAsync(HttpMethod.Delete, $"/webhooks/{id}");
            }
        }
    }

    private async Task<Guid> InsertWebhookAsync(string url)
    {
        using var scope = node!.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var row = new WebhookRow
        {
            Id = Guid.CreateVersion7(),
            Agency = "bkd-lain",
            Url = url,
            EventTypes = ["InstanceStarted"],
            Secret = "not-used",
            CreatedBy = "admin-ssrf",
            CreatedAt = WorkflowsServer.Clock.GetUtcNow(),
        };
        db.Webhooks.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }
}
