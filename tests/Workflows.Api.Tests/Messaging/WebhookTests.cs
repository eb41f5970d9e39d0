using System.Net;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;
using Workflows.Infrastructure.Webhooks;

namespace Workflows.Api.Tests.Messaging;

/// <summary>Webhooks for integrators without AMQP: signed POSTs, retried with back-off, and a queryable delivery log.</summary>
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
        await petugas.StartCaseAsync("bkd-lain.kabar", "HOOK-1");

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
}
