using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Observability;

/// <summary>
/// <c>GET /metrics</c> on a server with <c>Workflows:Metrics:Enabled</c>: the engine's counters move when instances run,
/// under exactly the Prometheus names the README lists, beside ASP.NET Core's and the runtime's; off, there is no endpoint.
/// </summary>
public sealed class MetricsTests
{
    // A definition of this test's own: other tests publish new versions of the fixtures' simple ones, or retire them.
    private const string Simple = "dinas-uji.metrik";
    private const string Deadline = "dinas-uji.tenggat";

    [TearDown]
    public void PutTheClockBack() => WorkflowsServer.Clock.Reset();

    [Test]
    public async Task Every_agency_with_a_definition_has_its_open_task_gauges_even_with_nothing_open()
    {
        await using var database = await WorkflowsServer.CreateDatabaseAsync();
        await using var node = await WorkflowsServer.StartNodeAsync(database.Settings());

        var scrape = await MetricsScrape.TakeAsync(node);

        Assert.Multiple(() =>
        {
            Assert.That(scrape.Has("workflows_tasks_open", ("agency", Users.UjiAgency)), Is.True, "a fresh database has no task, yet the series is there\n" + scrape.Text);
            Assert.That(scrape.Sum("workflows_tasks_open", ("agency", Users.UjiAgency)), Is.Zero);
            Assert.That(scrape.Has("workflows_tasks_overdue", ("agency", "bkpsdm-magetan")), Is.True);
            Assert.That(scrape.Sum("workflows_tasks_overdue", ("agency", "bkpsdm-magetan")), Is.Zero);
        });
    }

    [Test]
    public async Task A_scrape_after_cases_ran_shows_the_engine_counters_moved_under_the_prometheus_names()
    {
        // A node of its own: its exporter starts after the nodes other tests disposed, which OpenTelemetry takes for the
        // end of ASP.NET Core's meter in every exporter that saw them (opentelemetry-dotnet#6412).
        await using var node = await WorkflowsServer.StartNodeAsync();
        var before = await MetricsScrape.TakeAsync(node);
        using var admin = WorkflowsServer.Client(node, "admin-metrik", Users.UjiAgency, ["admin"]);
        await using var receiver = await WebhookReceiver.StartAsync();
        var registered = await admin.PostAsync("/webhooks", new JsonObject { ["url"] = receiver.Url, ["events"] = new JsonArray("InstanceCompleted") });
        await ApiClient.Expect(registered, HttpStatusCode.Created);
        var webhook = await ApiClient.JsonAsync(registered);
        receiver.Secret = webhook["secret"]!.GetValue<string>();
        try
        {
            await PublishAsync(admin, $"id: {Simple}\ntitle: Uji metrik\nagency: dinas-uji\nroles:\n  petugas: Petugas\nsteps:\n"
                + "  - { id: kerjakan, kind: task, actor: petugas, next: selesai }\n  - { id: selesai, kind: end, result: done }\n");
            using var petugas = WorkflowsServer.Client(node, "petugas-metrik", Users.UjiAgency, ["staff"], "petugas");
            var done = await petugas.StartInstanceAsync(Simple, "METRIK-1");
            await petugas.CompleteTaskAsync(done.Task("kerjakan"));
            // The delivery before the clock moves: moved, it makes every retry of other tests' dead receivers due at once.
            var delivered = before.Sum("workflows_webhook_deliveries_total", ("result", "delivered"));
            await Timers.WaitUntilAsync(
                async () => (await MetricsScrape.TakeAsync(node)).Sum("workflows_webhook_deliveries_total", ("result", "delivered")) > delivered,
                "the webhook delivery counted",
                TimeSpan.FromSeconds(30));
            var late = await petugas.StartInstanceAsync(Deadline, "METRIK-2");
            Timers.MoveClockTo(DueOf(late, "verifikasi"));
            await Timers.WaitUntilAsync(async () => (await Timers.EscalationsAsync(late.Id())).Count >= 1, "the escalation", TimeSpan.FromSeconds(30));

            var after = await MetricsScrape.TakeAsync(node);
            Assert.Multiple(() =>
            {
                Moved(before, after, "workflows_cases_started_total", ("definition", Simple));
                Moved(before, after, "workflows_cases_started_total", ("definition", Deadline));
                Moved(before, after, "workflows_cases_completed_total", ("definition", Simple), ("result", "done"));
                Moved(before, after, "workflows_tasks_completed_total", ("definition", Simple));
                Moved(before, after, "workflows_escalations_total", ("definition", Deadline), ("level", "1"));
                Moved(before, after, "workflows_timer_lag_seconds_count", ("kind", "deadline"));
                Assert.That(after.Has("workflows_timer_lag_seconds_bucket", ("kind", "deadline"), ("le", "+Inf")), Is.True, "the lag histogram's buckets\n" + after.Text);
                Assert.That(after.Has("workflows_timer_lag_seconds_sum", ("kind", "deadline")), Is.True);
                Assert.That(after.Sum("workflows_tasks_open", ("agency", Users.UjiAgency)), Is.GreaterThanOrEqualTo(1), "METRIK-2's task is open");
                Assert.That(after.Sum("workflows_tasks_overdue", ("agency", Users.UjiAgency)), Is.GreaterThanOrEqualTo(1), "and past its due time");
                Assert.That(after.Has("workflows_outbox_pending"), Is.True);
                Assert.That(after.Has("workflows_calendar_coverage_days", ("calendar", "id-asn")), Is.True, "the days left of a calendar in use\n" + after.Text);
                Assert.That(after.Has("http_server_request_duration_seconds_bucket"), Is.True, "ASP.NET Core's meter");
                Assert.That(after.Has("dotnet_gc_collections_total"), Is.True, "the runtime's meter");
            });
            // Another meter may add workflows_… names of its own; these are the engine's, each exactly as documented.
            Assert.That(after.Names.Where(n => n.StartsWith("workflows_", StringComparison.Ordinal)).Select(Family).Distinct(), Is.SupersetOf(new[]
            {
                "workflows_cases_started_total", "workflows_cases_completed_total", "workflows_tasks_completed_total", "workflows_tasks_open",
                "workflows_tasks_overdue", "workflows_timer_lag_seconds", "workflows_escalations_total", "workflows_outbox_pending",
                "workflows_webhook_deliveries_total",
            }));
        }
        finally
        {
            await ApiClient.Expect(await admin.SendAsync(HttpMethod.Delete, $"/webhooks/{webhook["id"]!.GetValue<string>()}"), HttpStatusCode.NoContent);
        }
    }

    [Test]
    public async Task Without_the_setting_there_is_no_metrics_endpoint()
    {
        await using var node = await WorkflowsServer.StartNodeAsync(new Dictionary<string, string?> { ["Workflows:Metrics:Enabled"] = null });
        using var http = node.CreateClient();
        using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static async Task PublishAsync(ApiClient admin, string yaml)
    {
        using var content = new StringContent(yaml, System.Text.Encoding.UTF8, "application/yaml");
        var draft = await admin.SendAsync(HttpMethod.Post, "/definitions", content);
        await ApiClient.Expect(draft, HttpStatusCode.Created);
        var version = (await ApiClient.JsonAsync(draft))["version"]!.GetValue<int>();
        await ApiClient.Expect(await admin.PostAsync($"/definitions/{Simple}/versions/{version}/publish", null), HttpStatusCode.OK);
    }

    private static void Moved(MetricsScrape before, MetricsScrape after, string name, params (string, string)[] labels) =>
        Assert.That(after.Sum(name, labels), Is.GreaterThanOrEqualTo(before.Sum(name, labels) + 1), $"{name} {string.Join(",", labels)}");

    /// <summary>A sample's metric family: a histogram's samples end in _bucket, _sum and _count.</summary>
    private static string Family(string name) =>
        name.EndsWith("_seconds_bucket", StringComparison.Ordinal) || name.EndsWith("_seconds_sum", StringComparison.Ordinal) || name.EndsWith("_seconds_count", StringComparison.Ordinal)
            ? name[..(name.LastIndexOf("_seconds", StringComparison.Ordinal) + "_seconds".Length)]
            : name;

    private static DateTimeOffset DueOf(JsonObject kasus, string step) =>
        DateTimeOffset.Parse(kasus["openSteps"]!.AsArray().First(s => s!["step"]!.GetValue<string>() == step)!["due"]!.GetValue<string>(), CultureInfo.InvariantCulture);
}
