using System.Net;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Contract;

/// <summary>
/// The paging and replay headers of the served document: every list with a <c>limit</c> states its bounds, the
/// operations that document <c>Link</c> or <c>Idempotent-Redacted</c> really send them, and the answers keep the bounds.
/// </summary>
public sealed class PagingContractTests
{
    /// <summary>The operations whose answer links to a next page; the test below reads a real page of each.</summary>
    private static readonly string[] Linked = ["getInstanceHistory"];

    [Test]
    public async Task Every_operation_taking_a_limit_documents_its_bounds_and_its_cursor()
    {
        var paged = new List<string>();
        foreach (var (id, operation) in await OperationsAsync())
        {
            var query = (operation["parameters"]?.AsArray() ?? []).Where(p => p!["in"]!.GetValue<string>() == "query").ToDictionary(p => p!["name"]!.GetValue<string>());
            if (query.GetValueOrDefault("limit") is not { } limit)
            {
                Assert.That(query.ContainsKey("after"), Is.False, $"{id} takes a cursor but no limit");
                continue;
            }

            paged.Add(id);
            var schema = limit["schema"]!;
            Assert.That(limit["description"]?.GetValue<string>(), Does.Contain("at most"), $"{id}: limit is described");
            Assert.That(schema["minimum"]?.GetValue<int>(), Is.EqualTo(1), $"{id}: limit's minimum");
            Assert.That(schema["maximum"]?.GetValue<int>(), Is.GreaterThanOrEqualTo(schema["default"]?.GetValue<int>() ?? int.MaxValue), $"{id}: limit's default and maximum");
            Assert.That(query.GetValueOrDefault("after")?["description"]?.GetValue<string>() ?? "last item already seen", Does.Contain("last item already seen"), $"{id}: after is described");
        }

        Assert.That(paged, Is.SupersetOf(new[] { "listMyTasks", "listInstances", "getInstanceHistory", "listMyNotifications", "listEscalations" }));
    }

    [Test]
    public async Task The_operations_that_document_a_next_page_link_take_a_cursor_and_send_it()
    {
        var operations = await OperationsAsync();
        var linked = operations.Where(o => Headers(o.Operation).Contains("Link")).ToList();
        Assert.That(linked.Select(o => o.Id), Is.EquivalentTo(Linked), "every operation that documents Link has a real page read below");
        Assert.That(linked.SelectMany(o => o.Operation["parameters"]!.AsArray()).Count(p => p!["name"]!.GetValue<string>() is "after" or "limit"), Is.EqualTo(2 * linked.Count));

        using var petugas = Users.Petugas("petugas-contract-paging");
        var kasus = await petugas.StartInstanceAsync("dinas-uji.sederhana", $"PAGING-{Guid.NewGuid():N}");
        await ApiClient.Expect(await petugas.PostAsync($"/tasks/{kasus.Task("kerjakan")}/claim", null), HttpStatusCode.OK);
        using var page = await petugas.GetAsync($"/instances/{kasus.Id()}/history?limit=0");
        await ApiClient.Expect(page, HttpStatusCode.OK);
        Assert.That(JsonNode.Parse(await page.Content.ReadAsStringAsync())!.AsArray(), Has.Count.EqualTo(1), "a limit below 1 is read as 1, as documented");
        Assert.That(page.Headers.GetValues("Link").Single(), Does.EndWith("; rel=\"next\"").And.Contain("after="));
    }

    [Test]
    public async Task The_redacted_replay_header_is_documented_where_a_replay_sends_it()
    {
        var operations = await OperationsAsync();
        var redacting = operations.Where(o => Headers(o.Operation).Contains("Idempotent-Redacted")).Select(o => o.Id).ToList();
        Assert.That(redacting, Is.EqualTo(new[] { "registerWebhook" }));
        var documented = operations.Single(o => o.Id == "registerWebhook").Operation["responses"]!["201"]!["headers"]!["Idempotent-Redacted"]!;
        Assert.That(documented["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()), Is.EqualTo(new[] { "secret" }));

        using var admin = WorkflowsServer.Client("admin-contract-redacted", "dinas-contract-redacted", ["admin"]);
        var key = Guid.NewGuid().ToString();
        var body = new JsonObject { ["url"] = "https://hooks.example.org/kontrak" };
        using var first = await admin.PostAsync("/webhooks", body.DeepClone(), key);
        using var replay = await admin.PostAsync("/webhooks", body.DeepClone(), key);
        await ApiClient.Expect(replay, HttpStatusCode.Created);
        Assert.That(first.Headers.Contains("Idempotent-Redacted"), Is.False, "the first answer carries the secret");
        Assert.That(replay.Headers.GetValues("Idempotent-Redacted"), Is.EqualTo(new[] { "secret" }));
        Assert.That(operations.Where(o => o.Operation["parameters"]?.AsArray().Any(p => p!["name"]!.GetValue<string>() == "Idempotency-Key") == true)
            .All(o => Headers(o.Operation).Contains("Idempotent-Replayed")), Is.True, "every idempotent operation documents the replay header");
    }

    /// <summary>The headers documented on an operation's success answers.</summary>
    private static HashSet<string> Headers(JsonNode operation) =>
        [.. operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')).SelectMany(r => r.Value!["headers"]?.AsObject().Select(h => h.Key) ?? [])];

    private static async Task<List<(string Id, JsonNode Operation)>> OperationsAsync()
    {
        using var anonymous = WorkflowsServer.Factory.CreateClient();
        var document = JsonNode.Parse(await anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        return [.. document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()).Select(o => (o.Value!["operationId"]!.GetValue<string>(), o.Value!))];
    }
}
