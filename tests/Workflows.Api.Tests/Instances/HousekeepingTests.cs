using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Instances;

/// <summary>Housekeeping, a Hangfire recurring job: notifications past their retention (90 days by default) are deleted.</summary>
public sealed class HousekeepingTests
{
    [Test]
    public async Task Housekeeping_deletes_notifications_older_than_90_days_and_keeps_the_rest()
    {
        var now = WorkflowsServer.Clock.GetUtcNow();
        var old = await StoreNotificationAsync("housekeeping-lama", now - TimeSpan.FromDays(91));
        var recent = await StoreNotificationAsync("housekeeping-baru", now - TimeSpan.FromDays(89));

        WorkflowsServer.Factory.Services.GetRequiredService<IRecurringJobManager>().Trigger("housekeeping");

        await Timers.WaitUntilAsync(async () => !await ExistsAsync(old), "the old notification deleted");
        Assert.That(await ExistsAsync(recent), Is.True, "a notification within its retention is kept");
    }

    private static async Task<long> StoreNotificationAsync(string role, DateTimeOffset createdAt)
    {
        await using var connection = new NpgsqlConnection(WorkflowsServer.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO workflows.notifications (agency, to_role, kind, text, detail, created_at)
            VALUES ('dinas-uji', @role, 'digest', 'lama', '{}', @at) RETURNING id
            """, connection);
        insert.Parameters.AddWithValue("role", role);
        insert.Parameters.AddWithValue("at", createdAt.ToUniversalTime());
        return (long)(await insert.ExecuteScalarAsync())!;
    }

    private static async Task<bool> ExistsAsync(long id)
    {
        await using var connection = new NpgsqlConnection(WorkflowsServer.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM workflows.notifications WHERE id = @id", connection);
        count.Parameters.AddWithValue("id", id);
        return (long)(await count.ExecuteScalarAsync())! == 1;
    }
}
