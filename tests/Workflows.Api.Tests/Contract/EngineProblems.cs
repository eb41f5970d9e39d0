using System.Text.Json.Nodes;
using Workflows.Api.Tests.Instances;
using Workflows.Api.Tests.Support;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Results;

namespace Workflows.Api.Tests.Contract;

/// <summary>Requests that meet an engine rejection: the cuti SOP, the test fixtures and <see cref="Steps"/>, a definition made for them.</summary>
internal static class EngineProblems
{
    private const string Cuti = "bkpsdm-magetan.fasilitasi-izin-cuti";
    private const string Langkah = "dinas-uji.kode-langkah";

    /// <summary>
    /// A decision whose outcomes lead to a range duration (too early), a conditional next without a default (condition
    /// failed, no transition), a send that can lead to itself (runaway loop), and one allowed only when semester &gt; 4.
    /// </summary>
    private const string Steps = """
        id: dinas-uji.kode-langkah
        title: Uji kode langkah
        agency: dinas-uji
        roles:
          petugas: Petugas
          bkn: { title: Badan Kepegawaian Negara, external: true }
        data:
          mendesak: bool
          semester: int
        steps:
          - id: pilih
            kind: decision
            actor: petugas
            outcomes:
              lambat: { title: Lambat, next: magang }
              cabang: { title: Bercabang, next: cabang }
              putar: { title: Berputar, next: kirim }
              terbatas: { title: Terbatas, next: selesai, when: "semester > 4" }
          - id: magang
            kind: task
            actor: petugas
            duration: 1 – 6 bulan
            next: selesai
          - id: cabang
            kind: task
            actor: petugas
            next:
              - { to: magang, when: "mendesak" }
              - { to: selesai, when: "semester >= 5" }
          - id: kirim
            kind: send
            to: bkn
            next:
              - { to: kirim, when: "mendesak == true" }
              - { to: selesai }
          - id: selesai
            kind: end
            result: done
        """;

    public static Dictionary<string, (int Status, Func<Task<HttpResponseMessage>> Send)> Producers { get; } = new(StringComparer.Ordinal)
    {
        [FailureCodes.Of(RejectionCode.OutcomeRequired)] = (422, () => AfterChoiceAsync(null, null, null)),
        [FailureCodes.Of(RejectionCode.OutcomeNotAllowed)] = (422, () => AfterChoiceAsync("terbatas", new JsonObject { ["semester"] = 3 }, null)),
        [FailureCodes.Of(RejectionCode.RunawayLoop)] = (422, () => AfterChoiceAsync("putar", new JsonObject { ["mendesak"] = true }, null)),
        [FailureCodes.Of(RejectionCode.TooEarly)] = (409, () => AfterChoiceAsync("lambat", null, "magang")),
        [FailureCodes.Of(RejectionCode.ConditionFailed)] = (422, () => AfterChoiceAsync("cabang", null, "cabang")),
        [FailureCodes.Of(RejectionCode.NoTransition)] = (422, () => AfterChoiceAsync("cabang", null, "cabang", new JsonObject { ["mendesak"] = false, ["semester"] = 3 })),
        [FailureCodes.Of(RejectionCode.UnknownDocumentType)] = (422, async () =>
        {
            using var pemohon = Users.Pemohon();
            var documents = await pemohon.UploadAllAsync("surat-permohonan", "form-cuti", "surat-kelengkapan", "bukan-jenis-berkas");
            return await pemohon.StartAsync(Cuti, $"CODES-{Guid.NewGuid():N}", CutiInstanceTests.CutiData(), documents);
        }
        ),
        [FailureCodes.Of(RejectionCode.DuplicateDocument)] = (422, async () =>
        {
            using var pemohon = Users.Pemohon();
            var documents = await pemohon.UploadAllAsync("surat-permohonan", "form-cuti", "surat-kelengkapan");
            documents.Add(documents[0]!.DeepClone());
            return await pemohon.StartAsync(Cuti, $"CODES-{Guid.NewGuid():N}", CutiInstanceTests.CutiData(), documents);
        }
        ),
        [FailureCodes.Of(RejectionCode.DocumentNotYours)] = (403, async () =>
        {
            using var uploader = Users.Petugas("petugas-kode-unggah");
            using var colleague = Users.Uji("pegawai-kode-lain", "petugas");
            var surat = await uploader.UploadAsync("surat");
            return await colleague.StartAsync("dinas-uji.arsipkan", $"CODES-{Guid.NewGuid():N}", documents: [surat]);
        }
        ),
        [FailureCodes.Of(RejectionCode.NotWaitingForActor)] = (409, async () =>
        {
            using var petugas = Users.Petugas();
            var induk = await petugas.StartInstanceAsync("dinas-uji.induk", $"CODES-{Guid.NewGuid():N}", new JsonObject { ["nomor"] = "2/2026" });
            induk = await petugas.CompleteTaskAsync(induk.Task("mulai"), produces: "surat");
            return await petugas.CompleteAsync(induk.Task("minta-rekomendasi"));
        }
        ),
    };

    /// <summary>
    /// Starts <see cref="Steps"/>; then completes its decision with <paramref name="outcome"/> and <paramref name="data"/>,
    /// or, when <paramref name="then"/> names the step that follows, makes that choice and completes that step.
    /// </summary>
    private static async Task<HttpResponseMessage> AfterChoiceAsync(string? outcome, JsonObject? data, string? then, JsonObject? thenData = null)
    {
        await CodeDefinitions.OnceAsync(Langkah, () => CodeDefinitions.PublishAsync(Langkah, Steps));
        using var petugas = Users.Petugas();
        var kasus = await petugas.StartInstanceAsync(Langkah, $"CODES-{Guid.NewGuid():N}");
        if (then is null)
        {
            return await petugas.CompleteAsync(kasus.Task("pilih"), outcome, data);
        }

        kasus = await petugas.CompleteTaskAsync(kasus.Task("pilih"), outcome, data);
        return await petugas.CompleteAsync(kasus.Task(then), data: thenData);
    }
}
