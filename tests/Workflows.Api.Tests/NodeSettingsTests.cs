using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests;

/// <summary>
/// Each test server is configured through its own factory, never through the process environment, so that two nodes in
/// one test process can run with different settings at the same time, as two differently configured nodes of a
/// deployment would.
/// </summary>
public sealed class NodeSettingsTests
{
    [Test]
    public async Task Two_nodes_started_together_each_keep_to_their_own_document_limit()
    {
        var started = await Task.WhenAll(NodeTakingAsync(4 * 1024), NodeTakingAsync(16 * 1024));
        await using var small = started[0];
        await using var large = started[1];
        var document = new byte[8 * 1024];
        "%PDF-1.7\n"u8.CopyTo(document);

        using var onSmall = WorkflowsServer.Client(small, "petugas-kecil", Users.UjiAgency, ["staff"], "petugas");
        using var onLarge = WorkflowsServer.Client(large, "petugas-besar", Users.UjiAgency, ["staff"], "petugas");

        await ApiClient.Expect(await UploadAsync(onSmall, document), HttpStatusCode.RequestEntityTooLarge);
        await ApiClient.Expect(await UploadAsync(onLarge, document), HttpStatusCode.Created);
    }

    [Test]
    public void The_test_servers_set_no_server_setting_in_the_process_environment()
    {
        var set = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("Workflows__", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("Auth__", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("OpenApi__", StringComparison.OrdinalIgnoreCase));

        Assert.That(set, Is.Empty);
    }

    private static Task<WebApplicationFactory<Program>> NodeTakingAsync(long maxDocumentBytes) =>
        WorkflowsServer.StartNodeAsync(new Dictionary<string, string?>
        {
            ["Workflows:MaxDocumentBytes"] = maxDocumentBytes.ToString(CultureInfo.InvariantCulture),
        });

    private static Task<HttpResponseMessage> UploadAsync(ApiClient client, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "surat.pdf");
        return client.SendAsync(HttpMethod.Post, "/documents", form);
    }
}
