using System.Net;
using System.Text.Json.Nodes;

namespace Workflows.Api.Tests.Support;

/// <summary>Reading an instance's history the way a client does: page after page, following the <c>Link: rel="next"</c> header.</summary>
public static class InstanceHistory
{
    /// <summary>Every page from <paramref name="path"/> on, in order.</summary>
    public static async Task<List<JsonArray>> HistoryPagesAsync(this ApiClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var pages = new List<JsonArray>();
        string? next = path;
        while (next is not null)
        {
            var response = await client.GetAsync(next);
            await ApiClient.Expect(response, HttpStatusCode.OK);
            pages.Add(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray());
            next = NextLink(response);
        }

        return pages;
    }

    /// <summary>Every line of the instance's history, oldest first.</summary>
    public static async Task<List<JsonNode>> HistoryAsync(this ApiClient client, Guid instanceId) =>
        [.. (await client.HistoryPagesAsync($"/instances/{instanceId}/history")).SelectMany(page => page).Select(line => line!)];

    public static async Task<IReadOnlyList<string>> HistoryActionsAsync(this ApiClient client, Guid instanceId) =>
        [.. (await client.HistoryAsync(instanceId)).Select(line => line["action"]!.GetValue<string>())];

    /// <summary>The target of the <c>rel="next"</c> link, or null on the last page.</summary>
    public static string? NextLink(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!response.Headers.TryGetValues("Link", out var links))
        {
            return null;
        }

        var next = links.Single(link => link.EndsWith("; rel=\"next\"", StringComparison.Ordinal));
        return next[1..next.IndexOf('>', StringComparison.Ordinal)];
    }
}
