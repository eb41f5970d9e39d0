using Workflows.Api.Tests.Support;
using Workflows.Client;
using Workflows.Client.Models;

namespace Workflows.Api.Tests.Client;

/// <summary>
/// The README's first session (the cuti SOP, SOP/PKAP/02) driven only through the generated .NET client, as an
/// integrator would: the contract the client is generated from is the one the server serves.
/// </summary>
public sealed class GeneratedClientTests
{
    private const string Cuti = "bkpsdm-magetan.fasilitasi-izin-cuti";

    [Test]
    public async Task The_generated_client_runs_a_cuti_case_from_the_application_to_the_signed_letter()
    {
        using var pemohon = new GeneratedClient(Users.Pemohon());
        using var analis = new GeneratedClient(Users.Analis());
        using var kabid = new GeneratedClient(Users.KepalaBidang());
        using var kaban = new GeneratedClient(Users.KepalaBadan());
        using var sekda = new GeneratedClient(Users.Sekda());
        using var bupati = new GeneratedClient(Users.Bupati());

        var cuti = await StartCutiAsync(pemohon, "CUTI-CLIENT-1");
        Assert.That(cuti.OpenSteps!.Select(s => s.Step), Is.EqualTo(new[] { "isi-formulir" }));
        Assert.That(cuti.OpenSteps![0].Due, Is.Not.Null, "the 1 jam mutu baku gives a due time");

        cuti = await pemohon.CompleteAsync(cuti, "isi-formulir", produces: "form-permohonan-cuti");
        var inbox = await analis.Api.Tasks.GetAsync(q => q.QueryParameters.Definition = Cuti);
        Assert.That(inbox!.Select(t => t.Id), Does.Contain(cuti.OpenSteps!.Single().TaskId));

        cuti = await analis.CompleteAsync(cuti, "periksa-kelengkapan", "lengkap", new() { ["berkas_lengkap"] = true }, "buku-registrasi-cuti");
        cuti = await analis.CompleteAsync(cuti, "buat-draft", produces: "draft-surat-izin-cuti");
        cuti = await kabid.CompleteAsync(cuti, "telaah-draft", "paraf");
        cuti = await kaban.CompleteAsync(cuti, "setujui-surat", produces: "nota-dinas");
        cuti = await sekda.CompleteAsync(cuti, "disposisi", produces: "lembar-disposisi");
        cuti = await bupati.CompleteAsync(cuti, "tandatangani", produces: "surat-izin-cuti");
        cuti = await analis.CompleteAsync(cuti, "serahkan");
        Assert.That(cuti.Status, Is.EqualTo("completed"));

        var read = await pemohon.Api.Instances[cuti.Id!.Value].GetAsync();
        Assert.That(read!.Status, Is.EqualTo("completed"));
        Assert.That(read.Result, Is.EqualTo("granted"));
        Assert.That(read.BusinessKey, Is.EqualTo("CUTI-CLIENT-1"));
        Assert.That(read.OpenSteps, Is.Empty);
        Assert.That(read.Data!.AdditionalData["berkas_lengkap"], Is.EqualTo(true));
        Assert.That(read.Documents!.Select(d => d.Type), Does.Contain("surat-izin-cuti").And.Contain("form-cuti"));

        var history = await HistoryAsync(pemohon, read.Id!.Value, pageSize: 4);
        var actions = history.Select(h => h.Action).ToList();
        Assert.That(actions[0], Is.EqualTo("instance-started"));
        Assert.That(actions.Count(a => a == "task-completed"), Is.EqualTo(8));
        Assert.That(actions[^1], Is.EqualTo("instance-completed"));
        Assert.That(history.Select(h => h.Id), Is.Unique.And.Ordered, "pages follow one another without gaps or repeats");
        Assert.That(history.Where(h => h.Action == "task-completed").Select(h => h.Actor), Does.Contain("bupati").And.Contain("sekda").And.Contain("analis-1"));
    }

    [Test]
    public async Task A_task_completed_without_its_actor_role_surfaces_as_a_problem_with_its_code()
    {
        using var pemohon = new GeneratedClient(Users.Pemohon());
        var cuti = await pemohon.CompleteAsync(await StartCutiAsync(pemohon, "CUTI-CLIENT-403"), "isi-formulir", produces: "form-permohonan-cuti");

        // periksa-kelengkapan is the analis kepegawaian's step; the pemohon does not hold that role.
        var refused = Assert.ThrowsAsync<WorkflowsProblemException>(() => pemohon.CompleteAsync(cuti, "periksa-kelengkapan", "lengkap"));
        Assert.That(refused!.ResponseStatusCode, Is.EqualTo(403));
        Assert.That(refused.Code, Is.EqualTo("not-actor-role"));
        Assert.That(refused.Type, Is.EqualTo("urn:workflows:problem:not-actor-role"));
        Assert.That(refused.Detail, Does.Contain("analis-kepegawaian"));
    }

    private static async Task<InstanceView> StartCutiAsync(GeneratedClient pemohon, string businessKey)
    {
        var request = new StartInstanceRequest
        {
            Definition = Cuti,
            BusinessKey = businessKey,
            Data = new InstanceData
            {
                AdditionalData = { ["nip"] = "198501012010011001", ["jenis_cuti"] = "tahunan", ["tanggal_mulai"] = "2026-12-07", ["lama_hari"] = 3 },
            },
            Documents = await pemohon.UploadAllAsync("surat-permohonan", "form-cuti", "surat-kelengkapan"),
        };
        return (await pemohon.Api.Instances.PostAsync(request))!;
    }

    /// <summary>The whole audit trail, <paramref name="pageSize"/> lines at a time, each page after the last id seen.</summary>
    private static async Task<List<AuditView>> HistoryAsync(GeneratedClient reader, Guid instance, int pageSize)
    {
        var lines = new List<AuditView>();
        while (true)
        {
            var after = lines.LastOrDefault()?.Id;
            var page = await reader.Api.Instances[instance].History.GetAsync(q =>
            {
                q.QueryParameters.After = after;
                q.QueryParameters.Limit = pageSize;
            });
            lines.AddRange(page!);
            if (page!.Count < pageSize)
            {
                return lines;
            }
        }
    }
}
