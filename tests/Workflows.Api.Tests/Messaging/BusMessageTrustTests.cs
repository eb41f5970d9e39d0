using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Workflows.Api.Tests.Support;
using Workflows.Contracts.V1;

namespace Workflows.Api.Tests.Messaging;

/// <summary>
/// A bus message acts on an instance only when signed with the key of the instance's agency; one that meets a concurrent change
/// of its instance is tried again rather than rejected; one without an id is refused and does not spoil later ones.
/// </summary>
public sealed class BusMessageTrustTests
{
    private static IBus Bus => WorkflowsServer.Factory.Services.GetRequiredService<IBus>();

    [Test]
    public async Task A_message_signed_with_another_agencys_key_unsigned_or_altered_does_nothing_to_the_case()
    {
        using var petugas = Users.Petugas("petugas-trust");
        var kasus = await AtTheReceiveStepAsync(petugas, "TRUST-1");
        var pertek = Pertek("TRUST-1");
        var wrongKey = DeliverMessageSignature.Sign(pertek with { MessageId = Guid.NewGuid() }, BusKeys.Lain);
        var unsigned = pertek with { MessageId = Guid.NewGuid() };
        var altered = (pertek with { MessageId = Guid.NewGuid() }).SignedByUji() with { Data = Data("PT-PALSU") };

        foreach (var message in new[] { wrongKey, unsigned, altered })
        {
            await Bus.Publish(message);
        }

        using var admin = Users.UjiAdmin();
        foreach (var message in new[] { wrongKey, unsigned, altered })
        {
            var refused = await RecordAsync(admin, message.MessageId.ToString(), "refused");
            Assert.That(refused["reason"]!.GetValue<string>(), Does.Contain("signature"));
            Assert.That(refused["documents"]!.AsArray(), Is.Empty, "the documents of a refused message are not stored");
        }

        var untouched = await petugas.InstanceAsync(kasus.Id());
        Assert.That(untouched.OpenSteps(), Is.EqualTo(new[] { "terima-pertek" }));
        Assert.That(untouched.DocumentTypes(), Does.Not.Contain("pertek"));

        await Bus.Publish((pertek with { MessageId = Guid.NewGuid() }).SignedByUji());
        await Timers.WaitUntilAsync(async () => (await petugas.InstanceAsync(kasus.Id())).Status() == "completed", "the properly signed pertek to complete the case");
    }

    [Test]
    public async Task A_message_without_an_id_is_refused_and_the_next_one_with_an_id_is_delivered()
    {
        using var petugas = Users.Petugas("petugas-no-id");
        var kasus = await AtTheReceiveStepAsync(petugas, "NO-ID-1");
        var pertek = Pertek("NO-ID-1");

        await Bus.Publish((pertek with { MessageId = Guid.Empty }).SignedByUji());
        using var admin = Users.UjiAdmin();
        var refused = await RecordAsync(admin, Guid.Empty.ToString(), "refused", "NO-ID-1");
        Assert.That(refused["reason"]!.GetValue<string>(), Does.Contain("MessageId"));
        Assert.That((await petugas.InstanceAsync(kasus.Id())).OpenSteps(), Is.EqualTo(new[] { "terima-pertek" }));

        await Bus.Publish((pertek with { MessageId = Guid.NewGuid() }).SignedByUji());
        await Timers.WaitUntilAsync(async () => (await petugas.InstanceAsync(kasus.Id())).Status() == "completed", "the pertek with an id to complete the case");
    }

    [Test]
    public async Task A_message_that_meets_a_concurrent_change_of_its_case_is_tried_again_and_delivered()
    {
        using var petugas = Users.Petugas("petugas-race");
        var kasus = await AtTheReceiveStepAsync(petugas, "RACE-1");

        // Another writer holds the instance row while the message is applied, then commits a change of the instance: the
        // message's update finds the revision it read gone, exactly as when a task completion wins the race.
        await using var rival = new NpgsqlConnection(WorkflowsServer.ConnectionString);
        await rival.OpenAsync();
        await using var transaction = await rival.BeginTransactionAsync();
        await ExecuteAsync(rival, "SELECT 1 FROM workflows.instances WHERE id = @id FOR UPDATE", kasus.Id());
        await Bus.Publish(Pertek("RACE-1").SignedByUji());
        await Timers.WaitUntilAsync(async () => await BlockedByAsync(rival) > 0, "the message to wait for the rival's lock");
        await ExecuteAsync(rival, "UPDATE workflows.instances SET revision = revision + 1 WHERE id = @id", kasus.Id());
        await transaction.CommitAsync();

        await Timers.WaitUntilAsync(async () => (await petugas.InstanceAsync(kasus.Id())).Status() == "completed", "the pertek to complete the case after the conflict");
        using var admin = Users.UjiAdmin();
        var rejected = await admin.ArrayAsync("/messages?status=rejected");
        Assert.That(rejected.Where(m => m!["businessKey"]?.GetValue<string>() == "RACE-1"), Is.Empty, "a conflict is not a rejection");
    }

    private static async Task<JsonObject> AtTheReceiveStepAsync(ApiClient petugas, string businessKey)
    {
        var kasus = await petugas.StartInstanceAsync("dinas-uji.pertek", businessKey);
        kasus = await petugas.CompleteTaskAsync(kasus.Task("siapkan-usul"), produces: "usul");
        return await petugas.CompleteTaskAsync(kasus.Task("kirim-usul"));
    }

    private static DeliverMessage Pertek(string businessKey) =>
        new(Guid.NewGuid(), Users.UjiAgency, "pertek", null, "dinas-uji.pertek", businessKey, "bkn", Data("PT-9/2026"),
            [new MessageDocument("pertek", "pertek.pdf", "application/pdf", Encoding.UTF8.GetBytes($"%PDF-1.7\nPertek untuk {businessKey}"))]);

    private static Dictionary<string, JsonElement> Data(string nomor) =>
        new() { ["nomor_pertek"] = JsonSerializer.SerializeToElement(nomor) };

    /// <summary>The recorded inbound message with that id (and business key), once it is there.</summary>
    private static async Task<JsonNode> RecordAsync(ApiClient admin, string messageId, string status, string? businessKey = null)
    {
        JsonNode? found = null;
        await Timers.WaitUntilAsync(async () =>
        {
            found = (await admin.ArrayAsync($"/messages?status={status}")).FirstOrDefault(m =>
                m!["messageId"]?.GetValue<string>() == messageId && (businessKey is null || m["businessKey"]?.GetValue<string>() == businessKey));
            return found is not null;
        }, $"message {messageId} to be recorded as {status}");
        return found!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, Guid id)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> BlockedByAsync(NpgsqlConnection rival)
    {
        await using var connection = new NpgsqlConnection(WorkflowsServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE @pid = ANY(pg_blocking_pids(pid))", connection);
        command.Parameters.AddWithValue("pid", rival.ProcessID);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
