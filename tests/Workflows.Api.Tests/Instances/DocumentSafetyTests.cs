using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Api.Tests.Support;
using Workflows.Core.Access;

namespace Workflows.Api.Tests.Instances;

/// <summary>
/// Documents are what they say they are and never run in a browser: content is checked by its first bytes against the
/// declared type, active content (SVG, HTML, XML, script) is refused, downloads are attachments the browser may not
/// sniff, and a large document is streamed both ways rather than copied in memory.
/// </summary>
public sealed class DocumentSafetyTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];

    [TestCase("application/pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n")]
    [TestCase("image/png", "png")]
    [TestCase("image/jpeg", "jpeg")]
    [TestCase("text/plain", "Surat pengantar, 3 Desember 2026")]
    [TestCase("text/csv", "nip;nama\n198501012010011001;Budi\n")]
    public async Task Content_that_matches_its_declared_type_is_accepted(string type, string content)
    {
        using var petugas = Users.Petugas();

        var response = await UploadAsync(petugas, type, Bytes(content));

        await ApiClient.Expect(response, HttpStatusCode.Created);
    }

    [TestCase("image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "image/svg+xml")]
    [TestCase("text/html", "<html><script>alert(1)</script></html>", "text/html")]
    [TestCase("text/plain", "<!DOCTYPE html><html><script>alert(1)</script></html>", "text/plain")]
    [TestCase("text/plain", "\uFEFF  <svg onload=\"alert(1)\"/>", "text/plain")]
    [TestCase("image/png", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "image/png")]
    [TestCase("image/png", "%PDF-1.7\n", "image/png")]
    [TestCase("application/pdf", "bukan pdf", "application/pdf")]
    [TestCase("image/jpeg", "png", "image/jpeg")]
    [TestCase("application/pdf", "MZ\u0090\0", "application/pdf")]
    public async Task Content_that_is_active_or_not_its_declared_type_is_a_415_problem_naming_the_type(string type, string content, string named)
    {
        using var petugas = Users.Petugas();

        var response = await UploadAsync(petugas, type, Bytes(content));

        await ApiClient.Expect(response, HttpStatusCode.UnsupportedMediaType);
        var problem = await ApiClient.JsonAsync(response);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(named));
    }

    [Test]
    public async Task A_download_is_an_attachment_the_browser_may_not_sniff()
    {
        using var petugas = Users.Petugas();
        var uploaded = await ApiClient.JsonAsync(await UploadAsync(petugas, "image/png", Png));

        var response = await petugas.GetAsync($"/documents/{uploaded["id"]}/content");

        await ApiClient.Expect(response, HttpStatusCode.OK);
        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(Png));
    }

    /// <summary>
    /// Allocation in the whole test process (server and client) stands in for memory: a document copied whole even once
    /// costs its size; streamed, the round trip must cost under a quarter of it. The client is one without the test
    /// factory's redirect handler, which buffers every request body to be able to send it again.
    /// </summary>
    [Test]
    public async Task A_20_MiB_document_is_streamed_in_and_out_without_whole_file_copies()
    {
        const int size = 20 * 1024 * 1024;
        await using var node = await KestrelNodeAsync(maxDocumentBytes: 32 * 1024 * 1024);
        using var http = node.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = node.ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = false });
        var token = new LocalTokenIssuer(WorkflowsServer.SigningKey, TimeProvider.System).Issue(new TokenRequest("petugas-besar", Users.UjiAgency) { Roles = ["staff"], Actors = ["petugas"] });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var content = new byte[size];
        Random.Shared.NextBytes(content);
        "%PDF-1.7\n"u8.CopyTo(content);
        var expected = Convert.ToHexStringLower(SHA256.HashData(content));
        var buffer = new byte[64 * 1024];
        // Warm up the paths once, so that what is measured is the document and not first-use costs.
        await RoundTripAsync(http, content.AsMemory(0, 512 * 1024).ToArray(), buffer);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var (sha, length) = await RoundTripAsync(http, content, buffer);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        TestContext.Out.WriteLine($"{allocated} bytes allocated for the round trip of {size} bytes");
        Assert.That((length, sha), Is.EqualTo(((long)size, expected)));
        Assert.That(allocated, Is.LessThan(size / 4), $"bytes allocated for a {size}-byte upload and download");
    }

    /// <summary>A node of its own on the shared database, served by Kestrel on a free port, that takes documents up to <paramref name="maxDocumentBytes"/>.</summary>
    private static async Task<WebApplicationFactory<Program>> KestrelNodeAsync(long maxDocumentBytes)
    {
        var settings = new Dictionary<string, string?> { ["Workflows:MaxDocumentBytes"] = maxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var node = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            WorkflowsServer.UseSettings(web, settings);
            web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(WorkflowsServer.Clock));
        });
        node.UseKestrel(0);
        node.StartServer();
        using var client = node.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = node.ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = false });
        (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).EnsureSuccessStatusCode();
        return node;
    }

    private static async Task<(string Sha256, long Length)> RoundTripAsync(HttpClient client, byte[] content, byte[] buffer)
    {
        using var form = new MultipartFormDataContent();
        var file = new StreamContent(new MemoryStream(content, writable: false));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "besar.pdf");
        using var upload = await client.PostAsync(new Uri("/documents", UriKind.Relative), form);
        await ApiClient.Expect(upload, HttpStatusCode.Created);
        var id = (await ApiClient.JsonAsync(upload))["id"]!.GetValue<string>();

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/documents/{id}/content");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await ApiClient.Expect(response, HttpStatusCode.OK);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long length = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            sha.AppendData(buffer, 0, read);
            length += read;
        }

        return (Convert.ToHexStringLower(sha.GetHashAndReset()), length);
    }

    private static Task<HttpResponseMessage> UploadAsync(ApiClient client, string type, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "file", "berkas");
        return client.SendAsync(HttpMethod.Post, "/documents", form);
    }

    private static byte[] Bytes(string content) => content switch
    {
        "png" => Png,
        "jpeg" => Jpeg,
        _ => Encoding.UTF8.GetBytes(content),
    };
}
