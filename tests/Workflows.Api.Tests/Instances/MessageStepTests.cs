using System.Net;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

/// <summary>Send and receive steps: documents leave the agency and the answer is recorded when it comes back.</summary>
public sealed class MessageStepTests
{
    [Test]
    public async Task A_usul_sent_to_bkn_waits_for_the_pertek_and_the_case_goes_on_when_it_is_recorded()
    {
        using var petugas = Users.Petugas();
        var kasus = await petugas.StartInstanceAsync("dinas-uji.pertek", "PERTEK-1");
        kasus = await petugas.CompleteTaskAsync(kasus.Task("siapkan-usul"), produces: "usul");
        kasus = await petugas.CompleteTaskAsync(kasus.Task("kirim-usul"));

        var waiting = kasus["openSteps"]![0]!;
        Assert.That(waiting["step"]!.GetValue<string>(), Is.EqualTo("terima-pertek"));
        Assert.That(waiting["waitingFor"]!.GetValue<string>(), Is.EqualTo("message"));
        Assert.That(waiting["message"]!.GetValue<string>(), Is.EqualTo("pertek"));
        Assert.That(waiting["due"], Is.Not.Null, "the 5 hari kerja mutu baku applies to the wait for the answer");
        await ApiClient.Expect(await petugas.CompleteAsync(kasus.Task("terima-pertek")), HttpStatusCode.Conflict);

        var wrong = await petugas.PostAsync($"/instances/{kasus.Id()}/messages/sk", new JsonObject());
        await ApiClient.Expect(wrong, HttpStatusCode.Conflict);
        Assert.That((await ApiClient.JsonAsync(wrong))["code"]!.GetValue<string>(), Is.EqualTo("message-not-expected"));
        var withoutPertek = await petugas.PostAsync($"/instances/{kasus.Id()}/messages/pertek", new JsonObject());
        await ApiClient.Expect(withoutPertek, HttpStatusCode.UnprocessableEntity);

        var answer = new JsonObject { ["data"] = new JsonObject { ["nomor_pertek"] = "PT-0042/BKN/2026" }, ["documents"] = await petugas.UploadAllAsync("pertek") };
        var delivered = await petugas.PostAsync($"/instances/{kasus.Id()}/messages/pertek", answer);
        await ApiClient.Expect(delivered, HttpStatusCode.OK);
        kasus = await ApiClient.JsonAsync(delivered);

        Assert.That(kasus.Status(), Is.EqualTo("completed"), "the automatic send to the archive needs nobody");
        Assert.That(kasus["data"]!["nomor_pertek"]!.GetValue<string>(), Is.EqualTo("PT-0042/BKN/2026"));
        Assert.That(kasus.DocumentTypes(), Is.EqualTo(new[] { "usul", "pertek" }));
        var actions = await petugas.HistoryActionsAsync(kasus.Id());
        Assert.That(actions.Count(a => a == "message-sent"), Is.EqualTo(2));
        Assert.That(actions, Does.Contain("message-received"));
        Assert.That(actions[^1], Is.EqualTo("instance-completed"));
    }

    [Test]
    public async Task Only_the_receive_steps_actor_role_records_its_message_and_other_agencies_see_no_case()
    {
        using var petugas = Users.Petugas();
        using var verifikator = Users.Uji("verifikator-msg", "verifikator");
        using var outsider = Users.Outsider();
        var kasus = await petugas.StartInstanceAsync("dinas-uji.pertek", "PERTEK-2");
        kasus = await petugas.CompleteTaskAsync(kasus.Task("siapkan-usul"), produces: "usul");
        kasus = await petugas.CompleteTaskAsync(kasus.Task("kirim-usul"));

        var answer = new JsonObject { ["documents"] = await verifikator.UploadAllAsync("pertek") };
        await ApiClient.Expect(await verifikator.PostAsync($"/instances/{kasus.Id()}/messages/pertek", answer), HttpStatusCode.Forbidden);
        await ApiClient.Expect(await outsider.PostAsync($"/instances/{kasus.Id()}/messages/pertek", new JsonObject()), HttpStatusCode.NotFound);
        Assert.That((await petugas.InstanceAsync(kasus.Id())).OpenSteps(), Is.EqualTo(new[] { "terima-pertek" }));
    }
}
