using System.Net;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

/// <summary>The cuti SOP (SOP/PKAP/02) run through HTTP by the people who work it.</summary>
public sealed class CutiInstanceTests
{
    private const string Cuti = "bkpsdm-magetan.fasilitasi-izin-cuti";

    internal static JsonObject CutiData() => new()
    {
        ["nip"] = "198501012010011001",
        ["jenis_cuti"] = "tahunan",
        ["tanggal_mulai"] = "2026-12-07",
        ["lama_hari"] = 3,
    };

    internal static async Task<JsonObject> StartCutiAsync(ApiClient pemohon, string businessKey) =>
        await pemohon.StartInstanceAsync(Cuti, businessKey, CutiData(), await pemohon.UploadAllAsync("surat-permohonan", "form-cuti", "surat-kelengkapan"));

    [Test]
    public async Task A_cuti_case_runs_from_the_application_to_the_signed_letter()
    {
        using var pemohon = Users.Pemohon();
        using var analis = Users.Analis();
        using var kabid = Users.KepalaBidang();
        using var kaban = Users.KepalaBadan();
        using var sekda = Users.Sekda();
        using var bupati = Users.Bupati();

        var started = await StartCutiAsync(pemohon, "CUTI-FULL-1");
        Assert.That(started.OpenSteps(), Is.EqualTo(new[] { "isi-formulir" }));
        Assert.That(started["openSteps"]![0]!["due"], Is.Not.Null, "the 1 jam mutu baku gives a due time");

        var cuti = await pemohon.CompleteTaskAsync(started.Task("isi-formulir"), produces: "form-permohonan-cuti");
        var inbox = await analis.TasksAsync($"?definition={Cuti}");
        Assert.That(inbox.Select(t => t!["id"]!.GetValue<string>()), Does.Contain(cuti.Task("periksa-kelengkapan").ToString()));

        cuti = await analis.CompleteTaskAsync(cuti.Task("periksa-kelengkapan"), "lengkap", new JsonObject { ["berkas_lengkap"] = true }, "buku-registrasi-cuti");
        cuti = await analis.CompleteTaskAsync(cuti.Task("buat-draft"), produces: "draft-surat-izin-cuti");
        cuti = await kabid.CompleteTaskAsync(cuti.Task("telaah-draft"), "paraf");
        cuti = await kaban.CompleteTaskAsync(cuti.Task("setujui-surat"), produces: "nota-dinas");
        cuti = await sekda.CompleteTaskAsync(cuti.Task("disposisi"), produces: "lembar-disposisi");
        cuti = await bupati.CompleteTaskAsync(cuti.Task("tandatangani"), produces: "surat-izin-cuti");
        cuti = await analis.CompleteTaskAsync(cuti.Task("serahkan"));

        Assert.That(cuti.Status(), Is.EqualTo("completed"));
        Assert.That(cuti["result"]!.GetValue<string>(), Is.EqualTo("granted"));
        Assert.That(cuti.OpenSteps(), Is.Empty);
        Assert.That(cuti["data"]!["berkas_lengkap"]!.GetValue<bool>(), Is.True);
        Assert.That(cuti.DocumentTypes(), Does.Contain("surat-izin-cuti").And.Contain("form-cuti"));

        var history = await pemohon.ArrayAsync($"/instances/{cuti.Id()}/history");
        var actions = history.Select(h => h!["action"]!.GetValue<string>()).ToList();
        Assert.That(actions[0], Is.EqualTo("instance-started"));
        Assert.That(actions.Count(a => a == "task-completed"), Is.EqualTo(8));
        Assert.That(actions[^1], Is.EqualTo("instance-completed"));
        Assert.That(history.Where(h => h!["action"]!.GetValue<string>() == "task-completed").Select(h => h!["actor"]!.GetValue<string>()),
            Does.Contain("bupati").And.Contain("sekda").And.Contain("analis-1"));
    }
}
