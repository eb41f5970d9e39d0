using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

/// <summary>Requests the server cannot use get a problem that says what is wrong and where, never a 500.</summary>
public sealed class BadInputTests
{
    [TestCase("{", "malformed-json")]
    [TestCase("[]", "malformed-json")]
    [TestCase("""{"definition": "dinas-uji.sederhana", "businessKey": "K", "data": "teks"}""", "$.data")]
    [TestCase("""{"definition": "dinas-uji.sederhana", "businessKey": "K", "documents": [{"id": "bukan-guid", "type": "x"}]}""", "$.documents")]
    [TestCase("""{"definition": "dinas-uji.sederhana"}""", "businessKey")]
    public async Task A_body_that_does_not_fit_is_a_400_problem_naming_where(string body, string named)
    {
        using var petugas = Users.Petugas();
        var response = await petugas.SendAsync(HttpMethod.Post, "/instances", new StringContent(body, Encoding.UTF8, "application/json"));

        await ApiClient.Expect(response, HttpStatusCode.BadRequest);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await response.Content.ReadAsStringAsync()), Does.Contain(named));
    }

    [TestCase("/tasks?dueBefore=kemarin")]
    [TestCase("/tasks?scope=semua")]
    [TestCase("/instances?limit=banyak")]
    public async Task A_query_that_does_not_fit_is_a_400_problem(string path)
    {
        using var petugas = Users.Petugas();
        var response = await petugas.GetAsync(path);

        await ApiClient.Expect(response, HttpStatusCode.BadRequest);
        Assert.That((await ApiClient.JsonAsync(response))["detail"]!.GetValue<string>(), Is.Not.Empty);
    }

    [Test]
    public async Task A_broken_multipart_upload_is_a_400_problem_and_an_unknown_type_of_body_a_415()
    {
        using var petugas = Users.Petugas();
        var broken = new StringContent("--xx\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\nisi", Encoding.UTF8);
        broken.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xx");
        var response = await petugas.SendAsync(HttpMethod.Post, "/documents", broken);
        await ApiClient.Expect(response, HttpStatusCode.BadRequest);
        Assert.That((await ApiClient.JsonAsync(response))["code"]!.GetValue<string>(), Is.EqualTo("malformed-form"));

        var text = await petugas.SendAsync(HttpMethod.Post, "/instances", new StringContent("definition=x", Encoding.UTF8, "text/plain"));
        await ApiClient.Expect(text, HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Wrongly_typed_data_names_each_field_once()
    {
        using var pemohon = Users.Pemohon();
        var data = new JsonObject { ["nip"] = 198501012010011001, ["jenis_cuti"] = "tahunan", ["tanggal_mulai"] = "07-12-2026", ["lama_hari"] = "tiga", ["alasan"] = "x" };
        var response = await pemohon.StartAsync("bkpsdm-magetan.fasilitasi-izin-cuti", "CUTI-TYPES-1", data, await pemohon.UploadAllAsync("surat-permohonan", "form-cuti", "surat-kelengkapan"));

        await ApiClient.Expect(response, HttpStatusCode.UnprocessableEntity);
        var errors = (await ApiClient.JsonAsync(response))["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        Assert.That(errors, Is.EquivalentTo(new[]
        {
            "data.alasan: is not a declared field (declared: berkas_lengkap, jenis_cuti, lama_hari, nip, tanggal_mulai)",
            "data.lama_hari: must be a whole number, not the string 'tiga'",
            "data.nip: must be a string, not the number 198501012010011001",
            "data.tanggal_mulai: must be a date written yyyy-MM-dd, not the string '07-12-2026'",
        }));
    }
}
