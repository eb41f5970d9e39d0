using System.Net;
using System.Net.Http.Headers;
using Workflows.Api.Tests.Support;
using Workflows.Core.Access;

namespace Workflows.Api.Tests;

/// <summary>
/// What a server shows and accepts beyond its API: tokens live at most <c>Auth:MaxTokenLifetime</c> (12 h unless
/// configured), and the OpenAPI document and Swagger UI are served only where <c>OpenApi:Enabled</c> asks for them.
/// </summary>
public sealed class ExposureTests
{
    [Test]
    public async Task A_well_signed_token_that_lives_longer_than_12_hours_is_refused()
    {
        Assert.That(await StatusWithTokenAsync(WorkflowsServer.Factory.CreateClient(), TimeSpan.FromHours(12)), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await StatusWithTokenAsync(WorkflowsServer.Factory.CreateClient(), TimeSpan.FromHours(13)), Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await StatusWithTokenAsync(WorkflowsServer.Factory.CreateClient(), TimeSpan.FromDays(365)), Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_server_configured_so_accepts_longer_tokens_and_serves_no_api_description_by_default()
    {
        await using var node = await WorkflowsServer.StartNodeAsync(new Dictionary<string, string?>
        {
            ["OpenApi:Enabled"] = null,
            ["Auth:MaxTokenLifetime"] = "2.00:00:00",
        });
        Assert.That(await StatusWithTokenAsync(node.CreateClient(), TimeSpan.FromDays(1)), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await StatusWithTokenAsync(node.CreateClient(), TimeSpan.FromDays(3)), Is.EqualTo(HttpStatusCode.Unauthorized));
        using var anonymous = node.CreateClient();
        foreach (var path in new[] { "/openapi/v1.json", "/swagger/index.html" })
        {
            var response = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), path);
        }
    }

    private static async Task<HttpStatusCode> StatusWithTokenAsync(HttpClient http, TimeSpan lifetime)
    {
        using (http)
        {
            var token = new LocalTokenIssuer(WorkflowsServer.SigningKey, TimeProvider.System)
                .Issue(new TokenRequest("petugas-umur", Users.UjiAgency) { Roles = ["staff"], Actors = ["petugas"], Lifetime = lifetime });
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var response = await http.GetAsync(new Uri("/tasks", UriKind.Relative));
            return response.StatusCode;
        }
    }
}
