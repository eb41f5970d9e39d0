using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

/// <summary>Decisions that send work back, and parallel branches that meet at a join.</summary>
public sealed class DecisionAndParallelTests
{
    [Test]
    public async Task Kurang_sends_the_application_back_to_the_pemohon_and_the_case_goes_on_after_the_fix()
    {
        using var pemohon = Users.Pemohon();
        using var analis = Users.Analis();
        var cuti = await CutiInstanceTests.StartCutiAsync(pemohon, "CUTI-LOOP-1");
        cuti = await pemohon.CompleteTaskAsync(cuti.Task("isi-formulir"), produces: "form-permohonan-cuti");

        cuti = await analis.CompleteTaskAsync(cuti.Task("periksa-kelengkapan"), "kurang", new JsonObject { ["berkas_lengkap"] = false }, "buku-registrasi-cuti");
        Assert.That(cuti.OpenSteps(), Is.EqualTo(new[] { "isi-formulir" }));

        cuti = await pemohon.CompleteTaskAsync(cuti.Task("isi-formulir"), produces: "form-permohonan-cuti");
        cuti = await analis.CompleteTaskAsync(cuti.Task("periksa-kelengkapan"), "lengkap", new JsonObject { ["berkas_lengkap"] = true }, "buku-registrasi-cuti");

        Assert.That(cuti.OpenSteps(), Is.EqualTo(new[] { "buat-draft" }));
        Assert.That(cuti.DocumentTypes().Count(t => t == "form-permohonan-cuti"), Is.EqualTo(2), "both versions of the form are kept");
    }

    [Test]
    public async Task Parallel_checks_both_run_and_the_decision_opens_only_when_both_are_done()
    {
        using var petugas = Users.Petugas();
        using var verifikator = Users.Uji("verifikator-1", "verifikator");
        using var kepala = Users.UjiSupervisor();
        var kasus = await petugas.StartInstanceAsync("dinas-uji.paralel", "PAR-1");
        kasus = await petugas.CompleteTaskAsync(kasus.Task("terima"), produces: "berkas");
        Assert.That(kasus.OpenSteps(), Is.EquivalentTo(new[] { "periksa-a", "periksa-b" }));

        kasus = await verifikator.CompleteTaskAsync(kasus.Task("periksa-b"), produces: "hasil-b");
        Assert.That(kasus.OpenSteps(), Is.EqualTo(new[] { "periksa-a" }), "the join waits for the other branch");

        kasus = await petugas.CompleteTaskAsync(kasus.Task("periksa-a"), produces: "hasil-a");
        Assert.That(kasus.OpenSteps(), Is.EqualTo(new[] { "putuskan" }));

        kasus = await kepala.CompleteTaskAsync(kasus.Task("putuskan"), "ulang");
        Assert.That(kasus.OpenSteps(), Is.EqualTo(new[] { "terima" }), "the decision loops back before the fork");
        kasus = await petugas.CompleteTaskAsync(kasus.Task("terima"), produces: "berkas");
        kasus = await petugas.CompleteTaskAsync(kasus.Task("periksa-a"), produces: "hasil-a");
        kasus = await verifikator.CompleteTaskAsync(kasus.Task("periksa-b"), produces: "hasil-b");
        kasus = await kepala.CompleteTaskAsync(kasus.Task("putuskan"), "setuju");

        Assert.That(kasus.Status(), Is.EqualTo("completed"));
        Assert.That(kasus["result"]!.GetValue<string>(), Is.EqualTo("approved"));
    }

    [Test]
    public async Task A_call_step_runs_the_sub_process_and_the_parent_continues_with_its_document()
    {
        using var petugas = Users.Petugas();
        using var penilai = Users.Uji("penilai-1", "penilai");
        var induk = await petugas.StartInstanceAsync("dinas-uji.induk", "INDUK-1", new JsonObject { ["nomor"] = "123/2026" });
        induk = await petugas.CompleteTaskAsync(induk.Task("mulai"), produces: "surat");

        var call = induk["openSteps"]![0]!;
        Assert.That(call["waitingFor"]!.GetValue<string>(), Is.EqualTo("subprocess"));
        var childId = Guid.Parse(call["childInstanceId"]!.GetValue<string>());
        var anak = await penilai.InstanceAsync(childId);
        Assert.That(anak["definition"]!.GetValue<string>(), Is.EqualTo("dinas-uji.anak"));
        Assert.That(anak["parentInstanceId"]!.GetValue<string>(), Is.EqualTo(induk.Id().ToString()));
        Assert.That(anak["data"]!["nomor"]!.GetValue<string>(), Is.EqualTo("123/2026"), "the child gets the parent's fields it declares");
        Assert.That(anak.DocumentTypes(), Is.EqualTo(new[] { "surat" }), "and the parent's documents it declares");

        anak = await penilai.CompleteTaskAsync(anak.Task("nilai"), produces: "rekomendasi");
        Assert.That(anak.Status(), Is.EqualTo("completed"));

        induk = await petugas.InstanceAsync(induk.Id());
        Assert.That(induk.OpenSteps(), Is.EqualTo(new[] { "tutup" }), "the parent moved on when the child ended");
        Assert.That(induk.DocumentTypes(), Does.Contain("rekomendasi"));
        induk = await petugas.CompleteTaskAsync(induk.Task("tutup"));
        Assert.That(induk.Status(), Is.EqualTo("completed"));
    }

    [Test]
    public async Task Cancelling_a_parent_cancels_its_running_sub_process()
    {
        using var petugas = Users.Petugas();
        using var kepala = Users.UjiSupervisor();
        var induk = await petugas.StartInstanceAsync("dinas-uji.induk", "INDUK-2", new JsonObject { ["nomor"] = "124/2026" });
        induk = await petugas.CompleteTaskAsync(induk.Task("mulai"), produces: "surat");
        var childId = Guid.Parse(induk["openSteps"]![0]!["childInstanceId"]!.GetValue<string>());
        var direct = await kepala.PostAsync($"/instances/{childId}/cancel", new JsonObject { ["reason"] = "Salah kirim" });
        await ApiClient.Expect(direct, System.Net.HttpStatusCode.Conflict);
        Assert.That((await ApiClient.JsonAsync(direct))["code"]!.GetValue<string>(), Is.EqualTo("sub-process-of-parent"));

        var response = await kepala.PostAsync($"/instances/{induk.Id()}/cancel", new JsonObject { ["reason"] = "Permohonan ditarik" });
        await ApiClient.Expect(response, System.Net.HttpStatusCode.OK);

        Assert.That((await kepala.InstanceAsync(induk.Id())).Status(), Is.EqualTo("cancelled"));
        Assert.That((await kepala.InstanceAsync(childId)).Status(), Is.EqualTo("cancelled"));
    }

    [Test]
    public async Task A_sub_process_that_ends_at_once_moves_its_parent_on_in_the_same_request()
    {
        using var petugas = Users.Petugas();
        var induk = await petugas.StartInstanceAsync("dinas-uji.arsipkan", "ARSIP-1", documents: await petugas.UploadAllAsync("surat"));

        Assert.That(induk.OpenSteps(), Is.EqualTo(new[] { "periksa" }), "the call step closed when the child ended");
        var children = await petugas.ArrayAsync("/instances?definition=dinas-uji.arsip&businessKey=ARSIP-1");
        Assert.That(children, Has.Count.EqualTo(1));
        Assert.That(children[0]!["status"]!.GetValue<string>(), Is.EqualTo("completed"));
        Assert.That(await petugas.HistoryActionsAsync(induk.Id()), Does.Contain("sub-process-started").And.Contain("sub-process-completed"));
    }
}
