using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

/// <summary>
/// One definition's schedule can neither stop a node from starting nor turn a publish into a 500: the validator refuses
/// crons that never fire or fire too often, and whatever the scheduler still refuses is reported on the definition.
/// </summary>
public sealed class ScheduleSafetyTests
{
    [TearDown]
    public void PutTheClockBack() => WorkflowsServer.Clock.Reset();

    [TestCase("0 0 0 30 2 ?", "never fires")]
    [TestCase("* * * * * ?", "at most once every 2 seconds")]
    public async Task Validating_a_bad_cron_names_it_with_its_position(string cron, string message)
    {
        using var admin = Users.UjiAdmin();

        var response = await admin.SendAsync(HttpMethod.Post, "/definitions/validate", Yaml(Recap("dinas-uji.cron-buruk", cron)));

        await ApiClient.Expect(response, HttpStatusCode.OK);
        var body = await ApiClient.JsonAsync(response);
        Assert.That(body["valid"]!.GetValue<bool>(), Is.False);
        var error = body["errors"]!.AsArray().Single()!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("WF027"));
        Assert.That((error["line"]!.GetValue<int>(), error["column"]!.GetValue<int>()), Is.EqualTo((4, 20)));
        Assert.That(error["message"]!.GetValue<string>(), Does.Contain(message));
    }

    [Test]
    public async Task A_schedule_the_scheduler_refuses_is_published_and_reported_as_failed_not_a_500()
    {
        // A node of its own whose job store is gone: the validator accepts the cron, the scheduler refuses the start
        // job after the publish is committed.
        await using var database = await WorkflowsServer.CreateDatabaseAsync();
        await using var node = await WorkflowsServer.StartNodeAsync(database.Settings());
        await using (var owner = new NpgsqlConnection(database.OwnerConnectionString))
        {
            await owner.OpenAsync();
            await using var drop = new NpgsqlCommand("DROP SCHEMA hangfire CASCADE", owner);
            await drop.ExecuteNonQueryAsync();
        }

        using var admin = WorkflowsServer.Client(node, "admin-uji", Users.UjiAgency, ["admin"]);
        var version = await CreateAsync(admin, Recap("dinas-uji.rekap-harian", "0 0 8 * * ?"));

        var published = await admin.PostAsync($"/definitions/dinas-uji.rekap-harian/versions/{version}/publish", null);

        await ApiClient.Expect(published, HttpStatusCode.OK);
        var schedule = (await ApiClient.JsonAsync(published))["schedule"]!;
        Assert.That(schedule["state"]!.GetValue<string>(), Is.EqualTo("failed"));
        Assert.That(schedule["error"]!.GetValue<string>(), Is.Not.Empty);
        var definition = await ApiClient.JsonAsync(await admin.GetAsync("/definitions/dinas-uji.rekap-harian"));
        Assert.That(definition["publishedVersion"]!.GetValue<int>(), Is.EqualTo(version));
        Assert.That(definition["schedule"]!["state"]!.GetValue<string>(), Is.EqualTo("failed"));
        await ApiClient.Expect(await admin.PostAsync("/definitions/dinas-uji.rekap-harian/retire", null), HttpStatusCode.OK);
    }

    [Test]
    public async Task A_draft_whose_schedule_expired_since_it_was_written_is_not_published()
    {
        Timers.MoveClockTo(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));
        using var admin = Users.UjiAdmin();
        var version = await CreateAsync(admin, Recap("dinas-uji.rekap-lewat", "0 0 8 1 1 ? 2025"));
        WorkflowsServer.Clock.Reset();

        var published = await admin.PostAsync($"/definitions/dinas-uji.rekap-lewat/versions/{version}/publish", null);

        await ApiClient.Expect(published, HttpStatusCode.UnprocessableEntity);
        var problem = await ApiClient.JsonAsync(published);
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("invalid-schedule"));
        Assert.That(problem["diagnostics"]![0]!["text"]!.GetValue<string>(), Does.Match(@":4:20: schedule cron '0 0 8 1 1 \? 2025' never fires again"));
        var definition = await ApiClient.JsonAsync(await admin.GetAsync("/definitions/dinas-uji.rekap-lewat"));
        Assert.That(definition["publishedVersion"], Is.Null, "nothing was committed");
    }

    [Test]
    public async Task A_node_starts_and_is_ready_on_a_database_holding_a_schedule_that_never_fires()
    {
        await using var database = await WorkflowsServer.CreateDatabaseAsync();
        var settings = database.Settings();
        await using (await WorkflowsServer.StartNodeAsync(settings))
        {
            // Stored as a version before WF027 judged crons would have stored it.
            await StorePublishedAsync(database.ConnectionString, "dinas-uji.tanggal-30-februari", Recap("dinas-uji.tanggal-30-februari", "0 0 0 30 2 ?"));
            await StorePublishedAsync(database.ConnectionString, "dinas-uji.rekap-2025", Recap("dinas-uji.rekap-2025", "0 0 8 1 1 ? 2025"));
            await StorePublishedAsync(database.ConnectionString, "dinas-uji.harian", Recap("dinas-uji.harian", "0 0 8 * * ?"));
        }

        await using var restarted = await WorkflowsServer.StartNodeAsync(settings);

        using var admin = WorkflowsServer.Client(restarted, "admin-uji", Users.UjiAgency, ["admin"]);
        var broken = (await ApiClient.JsonAsync(await admin.GetAsync("/definitions/dinas-uji.tanggal-30-februari")))["schedule"]!;
        Assert.That(broken["state"]!.GetValue<string>(), Is.EqualTo("failed"));
        Assert.That(broken["error"]!.GetValue<string>(), Does.Contain("never fires"));
        var expired = (await ApiClient.JsonAsync(await admin.GetAsync("/definitions/dinas-uji.rekap-2025")))["schedule"]!;
        Assert.That(expired["state"]!.GetValue<string>(), Is.EqualTo("expired"), "its year field ran out after its last fire");
        Assert.That(expired["error"]!.GetValue<string>(), Does.Contain("never fires again"));
        var daily = (await ApiClient.JsonAsync(await admin.GetAsync("/definitions/dinas-uji.harian")))["schedule"]!;
        Assert.That(daily["state"]!.GetValue<string>(), Is.EqualTo("active"), "the other definitions are scheduled all the same");
        Assert.That(daily["nextFire"], Is.Not.Null);
        var unscheduled = (await ApiClient.JsonAsync(await admin.GetAsync("/definitions/dinas-uji.paralel")))["schedule"]!;
        Assert.That(unscheduled["state"]!.GetValue<string>(), Is.EqualTo("none"));
    }

    /// <summary>A scheduled definition of the test agency (also the one <see cref="ScheduleTests"/> watches fire).</summary>
    internal static string Recap(string id, string cron) => $$"""
        id: {{id}}
        title: Rekap
        agency: dinas-uji
        schedule: { cron: "{{cron}}", time_zone: Asia/Jakarta, data: { jenis: mingguan } }
        roles:
          petugas: Petugas
        data:
          jenis: { type: enum, values: [mingguan, tahunan], required: true }
        steps:
          - { id: susun-rekap, kind: task, actor: petugas, next: selesai }
          - { id: selesai, kind: end, result: done }
        """;

    private static StringContent Yaml(string text)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        return content;
    }

    private static async Task<int> CreateAsync(ApiClient admin, string yaml)
    {
        var created = await admin.SendAsync(HttpMethod.Post, "/definitions", Yaml(yaml));
        await ApiClient.Expect(created, HttpStatusCode.Created);
        return (await ApiClient.JsonAsync(created))["version"]!.GetValue<int>();
    }

    private static async Task StorePublishedAsync(string connectionString, string id, string yaml)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO workflows.definitions (id, agency, title, created_at, published_version) VALUES (@id, 'dinas-uji', 'Rekap', now(), 1);
            INSERT INTO workflows.definition_versions (definition_id, version, status, title, yaml, sha256, created_by, created_at, published_at, published_by)
            VALUES (@id, 1, 'published', 'Rekap', @yaml, @sha, 'admin-uji', now(), now(), 'admin-uji');
            """, connection);
        insert.Parameters.AddWithValue("id", id);
        insert.Parameters.AddWithValue("yaml", yaml);
        insert.Parameters.AddWithValue("sha", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(yaml))));
        await insert.ExecuteNonQueryAsync();
    }
}
