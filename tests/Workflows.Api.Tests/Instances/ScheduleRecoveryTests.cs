using Npgsql;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

/// <summary>A scheduled start whose waiting job is gone from Hangfire's store is placed afresh when a node starts.</summary>
public sealed class ScheduleRecoveryTests
{
    [Test]
    public async Task A_schedule_whose_start_job_was_lost_fires_again_after_a_restart()
    {
        await using var database = await WorkflowsServer.CreateDatabaseAsync();
        var settings = database.Settings();
        await using (await WorkflowsServer.StartNodeAsync(settings))
        {
        }

        // Stored as a node that placed the schedule long ago would have left it, with the job that fire waited for deleted.
        var longAgo = WorkflowsServer.Clock.GetUtcNow() - TimeSpan.FromHours(2);
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var store = new NpgsqlCommand("""
                INSERT INTO workflows.definitions (id, agency, title, created_at, published_version) VALUES (@id, 'dinas-uji', 'Rekap', now(), 1);
                INSERT INTO workflows.definition_versions (definition_id, version, status, title, yaml, sha256, created_by, created_at, published_at, published_by)
                VALUES (@id, 1, 'published', 'Rekap', @yaml, @sha, 'admin-uji', now(), now(), 'admin-uji');
                INSERT INTO workflows.definition_schedules (definition_id, state, updated_at, next_fire, cron, time_zone)
                VALUES (@id, 'active', @at, @at, '0/2 * * * * ?', 'Asia/Jakarta');
                """, connection);
            var yaml = ScheduleSafetyTests.Recap("dinas-uji.rekap-hilang", "0/2 * * * * ?");
            store.Parameters.AddWithValue("id", "dinas-uji.rekap-hilang");
            store.Parameters.AddWithValue("yaml", yaml);
            store.Parameters.AddWithValue("sha", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(yaml))));
            store.Parameters.AddWithValue("at", longAgo.ToUniversalTime());
            await store.ExecuteNonQueryAsync();
        }

        await using var restarted = await WorkflowsServer.StartNodeAsync(settings);

        using var admin = WorkflowsServer.Client(restarted, "admin-uji", Users.UjiAgency, ["admin"]);
        await Timers.WaitUntilAsync(async () => (await admin.ArrayAsync("/instances?definition=dinas-uji.rekap-hilang")).Count >= 2,
            "two scheduled cases", TimeSpan.FromSeconds(15));
        var schedule = (await ApiClient.JsonAsync(await admin.GetAsync("/definitions/dinas-uji.rekap-hilang")))["schedule"]!;
        Assert.That(schedule["state"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(schedule["nextFire"]!.GetValue<DateTimeOffset>(), Is.GreaterThan(longAgo + TimeSpan.FromHours(1)), "placed afresh from now");
        await ApiClient.Expect(await admin.PostAsync("/definitions/dinas-uji.rekap-hilang/retire", null), System.Net.HttpStatusCode.OK);
    }
}
