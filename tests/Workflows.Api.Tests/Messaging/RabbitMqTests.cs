using System.Text;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Workflows.Api.Tests.Support;
using Workflows.Contracts.V1;

namespace Workflows.Api.Tests.Messaging;

/// <summary>
/// Against a real RabbitMQ: a node of its own (own database, RabbitMQ as its bus) sends a proposal to BKN, a consumer
/// outside the server plays BKN and answers over the broker, and the instance goes on; with the broker stopped mid-run the
/// API keeps serving and no event is lost once it is back.
/// </summary>
[NonParallelizable]
public sealed class RabbitMqTests
{
    private TestDatabase? database;
    private WebApplicationFactory<Program>? node;
    private EventRecorder? bkn;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        database = await WorkflowsServer.CreateDatabaseAsync();
        node = await WorkflowsServer.StartNodeAsync(database.Settings(
            ("Workflows:Bus:RabbitMq", LocalRabbitMq.Url), ("Workflows:Bus:PublishTimeout", "00:00:03")));
        bkn = await EventRecorder.OnRabbitMqAsync(LocalRabbitMq.Url);
        // BKN answers every usul with its pertimbangan teknis, correlated by definition and business key, signed with
        // the key the agency gave it.
        bkn.Answer = (sent, bus) => sent.To != "bkn" ? Task.CompletedTask : bus.Publish(new DeliverMessage(
            Guid.NewGuid(), sent.Agency, "pertek", null, sent.DefinitionId, sent.BusinessKey, "bkn", null,
            [new MessageDocument("pertek", "pertek.pdf", "application/pdf", Encoding.UTF8.GetBytes($"%PDF-1.7\nPertek untuk {sent.BusinessKey}"))])
        {
            SentAt = sent.OccurredAt,
        }.SignedByUji());
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        LocalRabbitMq.Start();
        if (bkn is not null)
        {
            await bkn.DisposeAsync();
        }

        if (node is not null)
        {
            await node.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [Test]
    public async Task A_proposal_sent_to_BKN_over_RabbitMQ_is_answered_and_the_case_goes_on()
    {
        using var petugas = WorkflowsServer.Client(node!, "petugas-rabbit", Users.UjiAgency, ["staff"], "petugas");
        var kasus = await petugas.StartInstanceAsync("dinas-uji.pertek", "RABBIT-1");
        kasus = await petugas.CompleteTaskAsync(kasus.Task("siapkan-usul"), produces: "usul");
        kasus = await petugas.CompleteTaskAsync(kasus.Task("kirim-usul"));

        await Timers.WaitUntilAsync(async () => (await petugas.InstanceAsync(kasus.Id())).Status() == "completed", "BKN's answer to complete the case", TimeSpan.FromSeconds(30));
        var done = await petugas.InstanceAsync(kasus.Id());
        Assert.That(done.DocumentTypes(), Is.EqualTo(new[] { "usul", "pertek" }));
        var sent = await bkn!.WaitForAsync<DocumentDispatched>(e => e.InstanceId == kasus.Id() && e.To == "bkn", "the dispatch");
        Assert.That(sent.Documents.Single().Type, Is.EqualTo("usul"));
        await bkn.WaitForAsync<InstanceCompleted>(e => e.InstanceId == kasus.Id(), "the completion event");
    }

    [Test]
    public async Task A_message_over_RabbitMQ_signed_with_another_agencys_key_is_refused_and_changes_nothing()
    {
        using var petugas = WorkflowsServer.Client(node!, "petugas-forged", Users.UjiAgency, ["staff"], "petugas");
        var kasus = await petugas.StartInstanceAsync("dinas-uji.pertek", "RABBIT-FORGED");
        var forged = DeliverMessageSignature.Sign(new DeliverMessage(
            Guid.NewGuid(), Users.UjiAgency, "pertek", kasus.Id(), null, null, "bkn", null,
            [new MessageDocument("pertek", "pertek.pdf", "application/pdf", Encoding.UTF8.GetBytes("%PDF-1.7\npertek palsu"))]), BusKeys.Lain);

        await bkn!.PublishAsync(forged);
        using var admin = WorkflowsServer.Client(node!, "admin-forged", Users.UjiAgency, ["admin"]);
        await Timers.WaitUntilAsync(async () => (await admin.ArrayAsync("/messages?status=refused"))
            .Any(m => m!["messageId"]!.GetValue<string>() == forged.MessageId.ToString()), "the forged message to be refused", TimeSpan.FromSeconds(30));
        Assert.That(await admin.ArrayAsync("/messages?status=held"), Is.Empty, "a refused message is not held for the case either");
        var untouched = await petugas.InstanceAsync(kasus.Id());
        Assert.That(untouched.OpenSteps(), Is.EqualTo(new[] { "siapkan-usul" }));
        Assert.That(untouched.DocumentTypes(), Is.Empty);
    }

    [Test]
    public async Task With_the_broker_stopped_the_api_keeps_working_and_every_event_arrives_after_it_restarts()
    {
        using var petugas = WorkflowsServer.Client(node!, "petugas-outage", Users.UjiAgency, ["staff"], "petugas");
        LocalRabbitMq.Stop();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var kasus = await petugas.StartInstanceAsync("dinas-uji.sederhana", $"OUTAGE-{i}");
            kasus = await petugas.CompleteTaskAsync(kasus.Task("kerjakan"));
            Assert.That(kasus.Status(), Is.EqualTo("completed"), "the API works while the broker is down");
            ids.Add(kasus.Id());
        }

        Assert.That(await UnpublishedAsync(), Is.GreaterThan(0), "the events wait in the outbox");
        LocalRabbitMq.Start();

        await Timers.WaitUntilAsync(async () => await UnpublishedAsync() == 0, "the outbox to drain", TimeSpan.FromSeconds(90));
        foreach (var id in ids)
        {
            await bkn!.WaitForAsync<InstanceCompleted>(e => e.InstanceId == id, $"the completion of {id}", TimeSpan.FromSeconds(60));
            await bkn.WaitForAsync<InstanceStarted>(e => e.InstanceId == id, $"the start of {id}", TimeSpan.FromSeconds(10));
        }
    }

    private async Task<long> UnpublishedAsync()
    {
        await using var connection = new NpgsqlConnection(database!.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM workflows.outbox WHERE published_at IS NULL", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
