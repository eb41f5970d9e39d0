using System.Net;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

/// <summary>
/// An instance's history grows with every command, so answers link to it instead of carrying it,
/// and <c>GET /instances/{id}/history</c> hands it out a page at a time.
/// </summary>
public sealed class HistoryTests
{
    private const int Rounds = 300;

    [Test]
    public async Task Claiming_and_releasing_300_times_leaves_the_answers_the_same_size_and_the_history_pages_through_every_line()
    {
        using var petugas = Users.Petugas("petugas-history");
        var kasus = await petugas.StartInstanceAsync("dinas-uji.sederhana", "HISTORY-1");
        var task = kasus.Task("kerjakan");
        var instanceView = await InstanceViewLengthAsync(petugas, kasus.Id());
        var claimed = new HashSet<int>();
        var released = new HashSet<int>();

        for (var round = 0; round < Rounds; round++)
        {
            claimed.Add(await AnswerLengthAsync(petugas, $"/tasks/{task}/claim"));
            released.Add(await AnswerLengthAsync(petugas, $"/tasks/{task}/release"));
        }

        Assert.That((claimed.Count, released.Count), Is.EqualTo((1, 1)), "claim and release answers do not grow");
        Assert.That(await InstanceViewLengthAsync(petugas, kasus.Id()), Is.EqualTo(instanceView), "the case view does not grow");
        Assert.That(kasus["history"]!.GetValue<string>(), Is.EqualTo($"/instances/{kasus.Id()}/history"), "answers link to the history");
        var completed = await petugas.CompleteTaskAsync(task);
        Assert.That(completed["history"]!.GetValue<string>(), Is.EqualTo($"/instances/{kasus.Id()}/history"));

        var pages = await petugas.HistoryPagesAsync($"/instances/{kasus.Id()}/history?limit=1000");
        Assert.That(pages.Select(p => p.Count), Has.All.LessThanOrEqualTo(500), "the page size is capped");
        var lines = pages.SelectMany(p => p).ToList();
        var ids = lines.Select(l => l!["id"]!.GetValue<long>()).ToList();
        Assert.That(ids, Is.Ordered.Ascending.And.Unique);
        var actions = lines.Select(l => l!["action"]!.GetValue<string>()).ToList();
        Assert.That(actions[0], Is.EqualTo("instance-started"));
        Assert.That(actions.Count(a => a == "task-claimed"), Is.EqualTo(Rounds));
        Assert.That(actions.Count(a => a == "task-released"), Is.EqualTo(Rounds));
        Assert.That(actions[^1], Is.EqualTo("instance-completed"));
        Assert.That(await petugas.HistoryActionsAsync(kasus.Id()), Is.EqualTo(actions), "the default pages hold the same lines");
    }

    [Test]
    public async Task A_history_page_links_to_the_next_one_until_the_last()
    {
        using var petugas = Users.Petugas("petugas-history-2");
        var kasus = await petugas.StartInstanceAsync("dinas-uji.sederhana", "HISTORY-2");
        var task = kasus.Task("kerjakan");
        await ApiClient.Expect(await petugas.PostAsync($"/tasks/{task}/claim", null), HttpStatusCode.OK);

        var first = await petugas.GetAsync($"/instances/{kasus.Id()}/history?limit=1");
        await ApiClient.Expect(first, HttpStatusCode.OK);
        var line = JsonNode.Parse(await first.Content.ReadAsStringAsync())!.AsArray().Single()!;
        Assert.That(first.Headers.GetValues("Link").Single(),
            Is.EqualTo($"</instances/{kasus.Id()}/history?after={line["id"]!.GetValue<long>()}&limit=1>; rel=\"next\""));

        var rest = await petugas.GetAsync($"/instances/{kasus.Id()}/history?after={line["id"]!.GetValue<long>()}");
        await ApiClient.Expect(rest, HttpStatusCode.OK);
        Assert.That(rest.Headers.Contains("Link"), Is.False, "the last page links nowhere");
        Assert.That(JsonNode.Parse(await rest.Content.ReadAsStringAsync())!.AsArray().Select(l => l!["action"]!.GetValue<string>()),
            Does.Contain("task-claimed").And.Not.Contain("instance-started"));
    }

    [TestCase("?after=kemarin", HttpStatusCode.BadRequest)]
    [TestCase("?limit=banyak", HttpStatusCode.BadRequest)]
    [TestCase("?limit=99999999999", HttpStatusCode.BadRequest)]
    [TestCase("?limit=0", HttpStatusCode.OK)]
    [TestCase("?limit=-5&after=-1", HttpStatusCode.OK)]
    public async Task A_history_query_that_does_not_fit_is_a_400_problem_and_a_page_size_out_of_range_is_clamped(string query, HttpStatusCode status)
    {
        using var petugas = Users.Petugas("petugas-history-3");
        var kasus = await petugas.StartInstanceAsync("dinas-uji.sederhana", $"HISTORY-3-{Guid.NewGuid():N}");
        await ApiClient.Expect(await petugas.PostAsync($"/tasks/{kasus.Task("kerjakan")}/claim", null), HttpStatusCode.OK);

        var response = await petugas.GetAsync($"/instances/{kasus.Id()}/history{query}");

        await ApiClient.Expect(response, status);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (status == HttpStatusCode.OK)
        {
            Assert.That(body.AsArray(), Has.Count.EqualTo(1), "one line per page at least, and the case has two");
            Assert.That(InstanceHistory.NextLink(response), Does.EndWith("&limit=1"));
        }
        else
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(body["detail"]!.GetValue<string>(), Is.Not.Empty);
        }
    }

    private static async Task<int> InstanceViewLengthAsync(ApiClient client, Guid id)
    {
        var response = await client.GetAsync($"/instances/{id}");
        await ApiClient.Expect(response, HttpStatusCode.OK);
        return (await response.Content.ReadAsStringAsync()).Length;
    }

    private static async Task<int> AnswerLengthAsync(ApiClient client, string path)
    {
        var response = await client.PostAsync(path, null);
        await ApiClient.Expect(response, HttpStatusCode.OK);
        return (await response.Content.ReadAsStringAsync()).Length;
    }
}
