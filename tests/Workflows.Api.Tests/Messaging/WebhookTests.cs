using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;
using Workflows.Infrastructure.Webhooks;

namespace Workflows.Api.Tests.Messaging;

/// <summary>
/// Webhooks for integrators without AMQP: signed POSTs, retried with back-off, and a queryable delivery log. The test
/// server allows plain http to loopback (<c>Workflows:Webhooks:AllowLoopbackHttp</c>), so receivers run on 127.0.0.1;
/// <see cref="WebhookAddressTests"/> checks a node with the production default.
/// </summary>
public sealed class WebhookTests
{
    [TearDown]
    public void PutTheClockBack() => WorkflowsServer.Clock.Reset();

    [Test]
    public async Task Events_are_posted_signed_and_a_failing_endpoint_is_retried_until_it_answers()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.FailFirst = 2;
        using var admin = WorkflowsServer.Client("admin-hooks", "bkd-lain", ["admin"]);
        var registered = await admin.PostAsync("/webhooks", new JsonObject { ["url"] = receiver.Url, ["events"] = new JsonArray("InstanceStarted") });
        await ApiClient.Expect(registered, HttpStatusCode.Created);
        var webhook = await ApiClient.JsonAsync(registered);
        receiver.Secret = webhook["secret"]!.GetValue<string>();
        var id = webhook["id"]!.GetValue<string>();
        Assert.That((await admin.ArrayAsync("/webhooks")).Single()!["secret"], Is.Null, "the secret is shown once");

        using var petugas = WorkflowsServer.Client("petugas-hooks", "bkd-lain", ["staff"], "petugas");
        await petugas.StartInstanceAsync("bkd-lain.kabar", "HOOK-1");

        await Timers.WaitUntilAsync(async () => (await admin.ArrayAsync($"/webhooks/{id}/deliveries")).Any(d => d!["attempts"]!.GetValue<int>() >= 1), "the first try");
        for (var round = 0; round < 2 && receiver.Accepted.IsEmpty; round++)
        {
            // Each failure schedules the next try after a back-off (10 s, then 20 s); the clock moves instead of the test sleeping.
            WorkflowsServer.Clock.Advance(TimeSpan.FromSeconds(10 << round));
            await Timers.WaitUntilAsync(async () => (await admin.ArrayAsync($"/webhooks/{id}/deliveries")).Any(d => d!["attempts"]!.GetValue<int>() >= round + 2), $"try {round + 2}");
        }

        var delivery = (await admin.ArrayAsync($"/webhooks/{id}/deliveries")).Single()!;
        Assert.That(delivery["status"]!.GetValue<string>(), Is.EqualTo("delivered"));
        Assert.That(delivery["attempts"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(receiver.Requests, Is.EqualTo(3));
        var (type, body, valid) = receiver.Accepted.Single();
        Assert.That(type, Is.EqualTo("InstanceStarted"));
        Assert.That(valid, Is.True, "the signature verifies with the webhook's secret");
        Assert.That(JsonNode.Parse(body)!["businessKey"]!.GetValue<string>(), Is.EqualTo("HOOK-1"));
        Assert.That(WebhookSignature.Verify("another-secret", 1, body, WebhookSignature.Compute(receiver.Secret, 1, body)), Is.False);
    }

    [Test]
    public async Task Bad_registrations_are_refused_with_the_reasons()
    {
        using var admin = WorkflowsServer.Client("admin-hooks-2", "bkd-lain", ["admin"]);
        var bad = await admin.PostAsync("/webhooks", new JsonObject { ["url"] = "ftp://example.org/x", ["events"] = new JsonArray("TaskExploded") });

        await ApiClient.Expect(bad, HttpStatusCode.UnprocessableEntity);
        var errors = (await ApiClient.JsonAsync(bad))["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        Assert.That(errors, Has.Some.StartsWith("url:").And.Some.Contains("'TaskExploded' is not an event type"));
        using var petugas = WorkflowsServer.Client("petugas-hooks-2", "bkd-lain", ["staff"], "petugas");
        await ApiClient.Expect(await petugas.PostAsync("/webhooks", new JsonObject { ["url"] = "http://127.0.0.1/x" }), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_redirect_is_not_followed_and_counts_as_a_failure()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.RedirectElsewhere = true;
        using var admin = WorkflowsServer.Client("admin-hooks-3", "bkd-lain", ["admin"]);
        var id = await RegisterAsync(admin, receiver.Url);
        try
        {
            var delivery = await FirstAttemptAsync(admin, id, "HOOK-REDIRECT");

            Assert.That(delivery["lastStatusCode"]!.GetValue<int>(), Is.EqualTo(302));
            Assert.That(delivery["lastError"]!.GetValue<string>(), Is.EqualTo("HTTP 302"));
            Assert.That(delivery["status"]!.GetValue<string>(), Is.EqualTo("pending"), "tried again later");
            Assert.That(receiver.RedirectsFollowed, Is.Zero);
        }
        finally
        {
            await admin.SendAsync(HttpMethod.Delete, $"/webhooks/{id}");
        }
    }

    [Test]
    public async Task The_answer_body_is_not_read_so_an_endless_one_does_not_hold_the_dispatcher()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.EndlessBody = true;
        using var admin = WorkflowsServer.Client("admin-hooks-4", "bkd-lain", ["admin"]);
        var id = await RegisterAsync(admin, receiver.Url);
        try
        {
            using var petugas = WorkflowsServer.Client("petugas-hooks-4", "bkd-lain", ["staff"], "petugas");
            var watch = Stopwatch.StartNew();
            await petugas.StartInstanceAsync("bkd-lain.kabar", "HOOK-ENDLESS");

            // Well inside the 10 s POST timeout: the dispatcher stops at the status line.
            await Timers.WaitUntilAsync(async () => (await DeliveriesAsync(admin, id)).Any(d => d!["status"]!.GetValue<string>() == "delivered"), "the delivery", TimeSpan.FromSeconds(5));
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        }
        finally
        {
            await admin.SendAsync(HttpMethod.Delete, $"/webhooks/{id}");
        }
    }

    [Test]
    public async Task A_failed_connection_is_logged_with_a_fixed_text_not_the_error_message()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        using var admin = WorkflowsServer.Client("admin-hooks-5", "bkd-lain", ["admin"]);
        var id = await RegisterAsync(admin, $"http://127.0.0.1:{port}/hook");
        try
        {
            var delivery = await FirstAttemptAsync(admin, id, "HOOK-CLOSED");

            Assert.That(delivery["lastError"]!.GetValue<string>(), Is.EqualTo("connection failed"));
            Assert.That(delivery["lastStatusCode"], Is.Null);
        }
        finally
        {
            await admin.SendAsync(HttpMethod.Delete, $"/webhooks/{id}");
        }
    }

    [Test]
    public async Task Plain_http_is_refused_for_anything_but_loopback_even_in_development()
    {
        using var admin = WorkflowsServer.Client("admin-hooks-6", "bkd-lain", ["admin"]);

        var refused = await admin.PostAsync("/webhooks", new JsonObject { ["url"] = "http://hooks.example.org/x" });

        await ApiClient.Expect(refused, HttpStatusCode.UnprocessableEntity);
        var errors = (await ApiClient.JsonAsync(refused))["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        Assert.That(errors, Has.Some.StartsWith("url:").And.Some.Contains("https"));
    }

    [Test]
    public async Task An_agency_may_register_a_limited_number_of_webhooks()
    {
        using var admin = WorkflowsServer.Client("admin-kuota", "dinas-kuota", ["admin"]);
        for (var i = 0; i < 20; i++)
        {
            // No events happen in this agency, so these addresses are never called.
            await ApiClient.Expect(await admin.PostAsync("/webhooks", new JsonObject { ["url"] = $"https://hooks.example.org/kuota/{i}" }), HttpStatusCode.Created);
        }

        var over = await admin.PostAsync("/webhooks", new JsonObject { ["url"] = "https://hooks.example.org/kuota/20" });

        await ApiClient.Expect(over, HttpStatusCode.Conflict);
        Assert.That((await ApiClient.JsonAsync(over))["code"]!.GetValue<string>(), Is.EqualTo("webhook-limit"));
        Assert.That(await admin.ArrayAsync("/webhooks"), Has.Count.EqualTo(20));
    }

    [Test]
    public async Task The_re_timing_event_TaskDueChanged_is_an_event_type_a_webhook_may_subscribe_to()
    {
        using var admin = WorkflowsServer.Client("admin-hooks-retime", "dinas-retime", ["admin"]);
        var refused = await admin.PostAsync("/webhooks", new JsonObject { ["url"] = "https://hooks.example.org/retime", ["events"] = new JsonArray("TaskDueMoved") });
        await ApiClient.Expect(refused, HttpStatusCode.UnprocessableEntity);
        Assert.That((await ApiClient.JsonAsync(refused))["errors"]!.AsArray().Select(e => e!.GetValue<string>()), Has.Some.Contains("TaskDueChanged"), "the known types are listed");

        // No events happen in this agency, so the address is never called.
        var registered = await admin.PostAsync("/webhooks", new JsonObject
        {
            ["url"] = "https://hooks.example.org/retime",
            ["events"] = new JsonArray("TaskDueChanged", "TaskOverdue"),
        });

        await ApiClient.Expect(registered, HttpStatusCode.Created);
        Assert.That((await ApiClient.JsonAsync(registered))["events"]!.AsArray().Select(e => e!.GetValue<string>()), Is.EqualTo(new[] { "TaskDueChanged", "TaskOverdue" }));
    }

    private static async Task<string> RegisterAsync(ApiClient admin, string url)
    {
        var registered = await admin.PostAsync("/webhooks", new JsonObject { ["url"] = url, ["events"] = new JsonArray("InstanceStarted") });
        await ApiClient.Expect(registered, HttpStatusCode.Created);
        return (await ApiClient.JsonAsync(registered))["id"]!.GetValue<string>();
    }

    private static Task<JsonArray> DeliveriesAsync(ApiClient admin, string id) => admin.ArrayAsync($"/webhooks/{id}/deliveries");

    /// <summary>Starts an instance in <c>bkd-lain</c> and returns the webhook's delivery of it once it has been tried.</summary>
    private static async Task<JsonNode> FirstAttemptAsync(ApiClient admin, string id, string businessKey)
    {
        using var petugas = WorkflowsServer.Client("petugas-" + businessKey.ToLowerInvariant(), "bkd-lain", ["staff"], "petugas");
        await petugas.StartInstanceAsync("bkd-lain.kabar", businessKey);
        await Timers.WaitUntilAsync(async () => (await DeliveriesAsync(admin, id)).Any(d => d!["attempts"]!.GetValue<int>() >= 1), "the first try", TimeSpan.FromSeconds(20));
        return (await DeliveriesAsync(admin, id)).Single()!;
    }
}
