using System.Net;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

/// <summary>
/// An upload belongs to at most one instance: of two commands handing in the same upload at once exactly one binds it,
/// and only the uploader (or someone holding the actor role of the step it is handed in at) may hand it in.
/// </summary>
public sealed class DocumentBindingTests
{
    [Test]
    public async Task Of_two_cases_started_at_once_with_the_same_upload_exactly_one_gets_it()
    {
        using var petugas = Users.Petugas("petugas-bind");
        for (var round = 0; round < 8; round++)
        {
            var surat = await petugas.UploadAsync("surat");

            var answers = await Task.WhenAll(
                petugas.StartAsync("dinas-uji.arsipkan", $"BIND-{round}-A", documents: [surat.DeepClone()]),
                petugas.StartAsync("dinas-uji.arsipkan", $"BIND-{round}-B", documents: [surat.DeepClone()]));

            Assert.That(answers.Count(a => a.StatusCode == HttpStatusCode.Created), Is.EqualTo(1), $"round {round}: {await Describe(answers)}");
            var refused = answers.Single(a => a.StatusCode != HttpStatusCode.Created);
            Assert.That(refused.StatusCode, Is.AnyOf(HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity), await refused.Content.ReadAsStringAsync());
            var winner = await ApiClient.JsonAsync(answers.Single(a => a.StatusCode == HttpStatusCode.Created));
            var document = await ApiClient.JsonAsync(await petugas.GetAsync($"/documents/{surat["id"]}"));
            Assert.That(document["instanceId"]!.GetValue<string>(), Is.EqualTo(winner.Id().ToString()));
        }
    }

    [Test]
    public async Task Someone_elses_upload_cannot_be_handed_in_by_a_colleague_without_the_steps_role()
    {
        using var uploader = Users.Petugas("petugas-pengunggah");
        using var colleague = Users.Uji("pegawai-lain", "petugas");
        var surat = await uploader.UploadAsync("surat");

        var taken = await colleague.StartAsync("dinas-uji.arsipkan", "BIND-LAIN-1", documents: [surat]);

        await ApiClient.Expect(taken, HttpStatusCode.Forbidden);
        Assert.That((await ApiClient.JsonAsync(taken))["code"]!.GetValue<string>(), Is.EqualTo("document-not-yours"));
        var own = await uploader.StartAsync("dinas-uji.arsipkan", "BIND-LAIN-2", documents: [surat.DeepClone()]);
        await ApiClient.Expect(own, HttpStatusCode.Created);
    }

    [Test]
    public async Task A_holder_of_the_steps_role_may_hand_in_a_colleagues_upload()
    {
        using var uploader = Users.Petugas("petugas-pengunggah-2");
        using var colleague = Users.Petugas("petugas-rekan");
        var kasus = await colleague.StartInstanceAsync("dinas-uji.pertek", "BIND-REKAN-1");
        var usul = await uploader.UploadAsync("usul");

        var response = await colleague.CompleteAsync(kasus.Task("siapkan-usul"), documents: [usul]);

        await ApiClient.Expect(response, HttpStatusCode.OK);
    }

    private static async Task<string> Describe(HttpResponseMessage[] answers) =>
        string.Join(" | ", await Task.WhenAll(answers.Select(async a => $"{(int)a.StatusCode} {await a.Content.ReadAsStringAsync()}")));
}
