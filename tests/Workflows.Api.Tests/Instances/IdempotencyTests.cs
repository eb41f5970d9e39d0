using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Workflows.Api.Tests.Support;
using Workflows.Infrastructure.Scheduling;

namespace Workflows.Api.Tests.Instances;

/// <summary>
/// What an <c>Idempotency-Key</c> replays, and to whom: only the same user (issuer, agency and subject), only within the
/// retention, and never a secret.
/// </summary>
public sealed class IdempotencyTests
{
    [TearDown]
    public void PutTheClockBack() => WorkflowsServer.Clock.Reset();

    [Test]
    public async Task Users_with_the_same_id_in_different_agencies_do_not_share_keys()
    {
        using var first = WorkflowsServer.Client("admin", "dinas-idem-satu", ["admin"]);
        using var second = WorkflowsServer.Client("admin", "dinas-idem-dua", ["admin"]);
        var key = Guid.NewGuid().ToString();
        var body = new JsonObject { ["url"] = "https://hooks.example.org/idem" };

        var mine = await first.PostAsync("/webhooks", body.DeepClone(), key);
        var theirs = await second.PostAsync("/webhooks", body.DeepClone(), key);

        await ApiClient.Expect(mine, HttpStatusCode.Created);
        await ApiClient.Expect(theirs, HttpStatusCode.Created);
        Assert.That(theirs.Headers.Contains("Idempotent-Replayed"), Is.False, "the other agency's answer is not replayed");
        var theirWebhook = (await ApiClient.JsonAsync(theirs))["id"]!.GetValue<string>();
        Assert.That(theirWebhook, Is.Not.EqualTo((await ApiClient.JsonAsync(mine))["id"]!.GetValue<string>()));
        Assert.That((await second.ArrayAsync("/webhooks")).Select(w => w!["id"]!.GetValue<string>()), Is.EqualTo(new[] { theirWebhook }));
    }

    [Test]
    public async Task A_key_older_than_the_retention_is_not_replayed_and_is_cleaned_up()
    {
        using var admin = WorkflowsServer.Client("admin-idem-lama", "dinas-idem-lama", ["admin"]);
        var key = Guid.NewGuid().ToString();
        var body = new JsonObject { ["url"] = "https://hooks.example.org/lama" };
        var first = await admin.PostAsync("/webhooks", body.DeepClone(), key);
        await ApiClient.Expect(first, HttpStatusCode.Created);

        WorkflowsServer.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var later = await admin.PostAsync("/webhooks", body.DeepClone(), key);

        await ApiClient.Expect(later, HttpStatusCode.Created);
        Assert.That(later.Headers.Contains("Idempotent-Replayed"), Is.False);
        Assert.That((await ApiClient.JsonAsync(later))["id"]!.GetValue<string>(), Is.Not.EqualTo((await ApiClient.JsonAsync(first))["id"]!.GetValue<string>()));

        var old = Guid.NewGuid().ToString();
        WorkflowsServer.Clock.Reset();
        await ApiClient.Expect(await admin.PostAsync("/webhooks", new JsonObject { ["url"] = "https://hooks.example.org/lama/2" }, old), HttpStatusCode.Created);
        WorkflowsServer.Clock.Advance(TimeSpan.FromHours(25));
        await IdempotencyCleanupAsync();
        Assert.That(await StoredKeysAsync(old), Is.Zero, "the expired record is deleted");
    }

    [Test]
    public async Task A_replayed_webhook_registration_does_not_carry_the_secret()
    {
        using var admin = WorkflowsServer.Client("admin-idem-rahasia", "dinas-idem-rahasia", ["admin"]);
        var key = Guid.NewGuid().ToString();
        var body = new JsonObject { ["url"] = "https://hooks.example.org/rahasia" };

        var first = await admin.PostAsync("/webhooks", body.DeepClone(), key);
        var retry = await admin.PostAsync("/webhooks", body.DeepClone(), key);

        await ApiClient.Expect(first, HttpStatusCode.Created);
        await ApiClient.Expect(retry, HttpStatusCode.Created);
        var original = await ApiClient.JsonAsync(first);
        var replayed = await ApiClient.JsonAsync(retry);
        Assert.That(original["secret"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(retry.Headers.Contains("Idempotent-Replayed"), Is.True);
        Assert.That(replayed["id"]!.GetValue<string>(), Is.EqualTo(original["id"]!.GetValue<string>()), "still one webhook");
        Assert.That(replayed["secret"], Is.Null);
        Assert.That(retry.Headers.GetValues("Idempotent-Redacted"), Is.EqualTo(new[] { "secret" }));
        Assert.That(await StoredAnswerHasSecretAsync(key), Is.False, "the secret is not stored either");
    }

    /// <summary>Runs the server's hourly housekeeping now.</summary>
    private static async Task IdempotencyCleanupAsync()
    {
        await using var scope = WorkflowsServer.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Housekeeping>().RunAsync(CancellationToken.None);
    }

    private static async Task<long> StoredKeysAsync(string key)
    {
        await using var connection = new NpgsqlConnection(WorkflowsServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM workflows.idempotency_keys WHERE key = @key", connection);
        command.Parameters.AddWithValue("key", key);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Whether the stored answer for <paramref name="key"/> has a non-empty <c>secret</c>.</summary>
    private static async Task<bool> StoredAnswerHasSecretAsync(string key)
    {
        await using var connection = new NpgsqlConnection(WorkflowsServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT convert_from(body, 'UTF8') FROM workflows.idempotency_keys WHERE key = @key", connection);
        command.Parameters.AddWithValue("key", key);
        var stored = JsonNode.Parse((string)(await command.ExecuteScalarAsync())!)!;
        return stored["secret"] is not null;
    }
}
