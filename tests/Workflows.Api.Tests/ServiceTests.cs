using System.Net;
using System.Text;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests;

/// <summary>Health probes, the OpenAPI document, and problem details for malformed requests.</summary>
public sealed class ServiceTests
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    [TestCase("/openapi/v1.json")]
    [TestCase("/swagger/index.html")]
    public async Task Anonymous_service_endpoints_answer(string path)
    {
        using var client = WorkflowsServer.Factory.CreateClient();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
    }

    [Test]
    public async Task The_openapi_document_lists_every_endpoint_group()
    {
        using var client = WorkflowsServer.Factory.CreateClient();
        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.That(document, Does.Contain("/definitions/validate").And.Contain("/instances/{id}").And.Contain("/tasks/{id}/complete").And.Contain("/documents/{id}/content"));
    }

    [TestCase("{not json", "application/json", HttpStatusCode.BadRequest)]
    [TestCase("{\"definition\": 5}", "application/json", HttpStatusCode.BadRequest)]
    [TestCase("definition: x", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    public async Task Malformed_requests_get_a_problem_not_a_500(string body, string contentType, HttpStatusCode expected)
    {
        using var petugas = Users.Petugas();
        var response = await petugas.SendAsync(HttpMethod.Post, "/instances", new StringContent(body, Encoding.UTF8, contentType));
        Assert.That(response.StatusCode, Is.EqualTo(expected));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Unknown_ids_are_404_problems()
    {
        using var petugas = Users.Petugas();
        foreach (var path in new[] { $"/instances/{Guid.NewGuid()}", $"/tasks/{Guid.NewGuid()}", $"/documents/{Guid.NewGuid()}", "/definitions/dinas-uji.tidak-ada" })
        {
            var response = await petugas.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), path);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), path);
        }
    }

    [Test]
    public async Task A_document_comes_back_byte_for_byte_with_its_sha256()
    {
        using var petugas = Users.Petugas();
        var reference = await petugas.UploadAsync("berkas", "%PDF-1.7\nisi berkas uji");
        var id = reference["id"]!.GetValue<string>();
        var metadata = await ApiClient.JsonAsync(await petugas.GetAsync($"/documents/{id}"));
        var content = await (await petugas.GetAsync($"/documents/{id}/content")).Content.ReadAsByteArrayAsync();

        Assert.That(Encoding.UTF8.GetString(content), Is.EqualTo("%PDF-1.7\nisi berkas uji"));
        Assert.That(metadata["sha256"]!.GetValue<string>(), Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content))));
        Assert.That(metadata["size"]!.GetValue<long>(), Is.EqualTo(content.Length));
    }
}
