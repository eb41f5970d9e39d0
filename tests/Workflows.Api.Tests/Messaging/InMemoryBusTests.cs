using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Api.Tests.Support;
using Workflows.Contracts.V1;

namespace Workflows.Api.Tests.Messaging;

/// <summary>
/// Message events on the embedded default (MassTransit's in-memory transport): events leave through the outbox, an
/// early message is held and consumed, a duplicate changes nothing, an unmatched one is recorded.
/// </summary>
public sealed class InMemoryBusTests
{
    private EventRecorder? recorder;

    private static IBus Bus => WorkflowsServer.Factory.Services.GetRequiredService<IBus>();

    [OneTimeSetUp]
    public async Task ListenAsync() => recorder = await EventRecorder.OnAsync(Bus);

    [OneTimeTearDown]
    public async Task StopListeningAsync()
    {
        if (recorder is not null)
        {
            await recorder.DisposeAsync();
        }
    }

    [Test]
    public async Task A_case_reports_its_steps_hand_overs_and_dispatches_as_events()
    {
        using var petugas = Users.Petugas("petugas-events");
        var kasus = await petugas.StartInstanceAsync("dinas-uji.pertek", "EVENTS-1");
        kasus = await petugas.CompleteTaskAsync(kasus.Task("siapkan-usul"), produces: "usul");
        kasus = await petugas.CompleteTaskAsync(kasus.Task("kirim-usul"));
        var id = kasus.Id();

        await recorder!.WaitForAsync<InstanceStarted>(e => e.InstanceId == id, "started");
        var handed = await recorder.WaitForAsync<DocumentHandedOver>(e => e.InstanceId == id && e.Document.Type == "usul", "the usul handed over");
        Assert.That((handed.FromStep, handed.FromActor, handed.ToStep, handed.ToActor), Is.EqualTo(("siapkan-usul", "petugas", "kirim-usul", "petugas")));
        var sent = await recorder.WaitForAsync<DocumentDispatched>(e => e.InstanceId == id, "the usul dispatched to BKN");
        Assert.That((sent.To, sent.Message, sent.BusinessKey), Is.EqualTo(("bkn", "usul-pertek", "EVENTS-1")));
        Assert.That(sent.Documents.Select(d => d.Type), Is.EqualTo(new[] { "usul" }));
        var completed = await recorder.WaitForAsync<TaskCompleted>(e => e.InstanceId == id && e.StepId == "siapkan-usul", "task completed");
        Assert.That(completed.CompletedBy, Is.EqualTo("petugas-events"));
        await recorder.WaitForAsync<TaskOpened>(e => e.InstanceId == id && e.StepId == "terima-pertek" && e.WaitingFor == "message", "the receive step opened");
    }

    [Test]
    public async Task A_message_that_comes_before_its_receive_step_is_held_and_consumed_when_the_case_gets_there()
    {
        using var petugas = Users.Petugas("petugas-early");
        var kasus = await petugas.StartInstanceAsync("dinas-uji.pertek", "EARLY-1");
        var early = new JsonObject { ["data"] = new JsonObject { ["nomor_pertek"] = "PT-7/2026" }, ["documents"] = await petugas.UploadAllAsync("pertek") };

        var held = await petugas.PostAsync($"/instances/{kasus.Id()}/messages/pertek", early);
        await ApiClient.Expect(held, HttpStatusCode.Accepted);
        Assert.That((await ApiClient.JsonAsync(held))["status"]!.GetValue<string>(), Is.EqualTo("held"));

        kasus = await petugas.CompleteTaskAsync(kasus.Task("siapkan-usul"), produces: "usul");
        kasus = await petugas.CompleteTaskAsync(kasus.Task("kirim-usul"));

        Assert.That(kasus.Status(), Is.EqualTo("completed"), "the held pertek was taken as soon as the receive step opened");
        Assert.That(kasus["data"]!["nomor_pertek"]!.GetValue<string>(), Is.EqualTo("PT-7/2026"));
        Assert.That(kasus.DocumentTypes(), Does.Contain("pertek"));
        using var admin = Users.UjiAdmin();
        var consumed = await admin.ArrayAsync("/messages?status=consumed");
        Assert.That(consumed.Select(m => m!["instanceId"]?.GetValue<string>()), Does.Contain(kasus.Id().ToString()));
    }

    [Test]
    public async Task A_held_message_the_case_refuses_when_it_gets_there_is_recorded_and_does_not_undo_the_step_before()
    {
        using var petugas = Users.Petugas("petugas-early-bad");
        var kasus = await petugas.StartInstanceAsync("dinas-uji.pertek", "EARLY-BAD-1");
        var withoutPertek = new JsonObject { ["data"] = new JsonObject { ["nomor_pertek"] = "PT-8/2026" } };
        await ApiClient.Expect(await petugas.PostAsync($"/instances/{kasus.Id()}/messages/pertek", withoutPertek), HttpStatusCode.Accepted);

        kasus = await petugas.CompleteTaskAsync(kasus.Task("siapkan-usul"), produces: "usul");
        kasus = await petugas.CompleteTaskAsync(kasus.Task("kirim-usul"));

        Assert.That(kasus.OpenSteps(), Is.EqualTo(new[] { "terima-pertek" }), "the send went through; the case waits for a proper pertek");
        using var admin = Users.UjiAdmin();
        var rejected = (await admin.ArrayAsync("/messages?status=rejected")).Single(m => m!["instanceId"]?.GetValue<string>() == kasus.Id().ToString())!;
        Assert.That(rejected["reason"]!.GetValue<string>(), Does.Contain("pertek"));
    }

    [Test]
    public async Task A_bus_message_delivered_twice_changes_the_case_once_and_one_for_no_case_is_recorded_as_unmatched()
    {
        using var petugas = Users.Petugas("petugas-dup");
        var kasus = await petugas.StartInstanceAsync("dinas-uji.pertek", "DUP-1");
        kasus = await petugas.CompleteTaskAsync(kasus.Task("siapkan-usul"), produces: "usul");
        kasus = await petugas.CompleteTaskAsync(kasus.Task("kirim-usul"));
        var message = new DeliverMessage(Guid.NewGuid(), Users.UjiAgency, "pertek", null, "dinas-uji.pertek", "DUP-1", "bkn",
            null, [new MessageDocument("pertek", "pertek.pdf", "application/pdf", Encoding.UTF8.GetBytes("%PDF-1.7\npertimbangan teknis"))]).SignedByUji();

        await Bus.Publish(message);
        await Bus.Publish(message);
        await Timers.WaitUntilAsync(async () => (await petugas.InstanceAsync(kasus.Id())).Status() == "completed", "the case to complete");
        await Task.Delay(500);

        var history = await petugas.ArrayAsync($"/instances/{kasus.Id()}/history");
        Assert.That(history.Count(h => h!["action"]!.GetValue<string>() == "message-received"), Is.EqualTo(1));
        Assert.That((await petugas.InstanceAsync(kasus.Id())).DocumentTypes().Count(t => t == "pertek"), Is.EqualTo(1));

        var stray = (message with { MessageId = Guid.NewGuid(), BusinessKey = "TIDAK-ADA" }).SignedByUji();
        await Bus.Publish(stray);
        using var admin = Users.UjiAdmin();
        await Timers.WaitUntilAsync(async () => (await admin.ArrayAsync("/messages?status=unmatched"))
            .Any(m => m!["messageId"]!.GetValue<string>() == stray.MessageId.ToString()), "the unmatched message to be recorded");
        var recorded = (await admin.ArrayAsync("/messages?status=unmatched")).Single(m => m!["messageId"]!.GetValue<string>() == stray.MessageId.ToString())!;
        Assert.That(recorded["reason"]!.GetValue<string>(), Does.Contain("TIDAK-ADA"));
        Assert.That(recorded["documents"]!.AsArray(), Has.Count.EqualTo(1), "its documents are kept too");
    }
}
