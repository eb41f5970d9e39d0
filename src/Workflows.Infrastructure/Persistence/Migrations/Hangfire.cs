using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Workflows.Infrastructure.Persistence.Migrations;

/// <summary>
/// Hangfire replaces Quartz: the <c>quartz</c> schema goes, and each definition's schedule stores its pending fire (and
/// the cron it was placed for), which decides the one live start job. Housekeeping deletes notifications by age, so they
/// get an index on it. Hangfire's own tables, in the schema <c>hangfire</c>, are installed by the migration step after
/// the migrations (Hangfire.PostgreSql's versioned scripts).
/// Schedules active before the upgrade have no stored fire, so the first start-up places them afresh.
/// </summary>
[DbContext(typeof(WorkflowsDbContext))]
[Migration("20261205100000_Hangfire")]
public sealed class Hangfire : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            DROP SCHEMA IF EXISTS quartz CASCADE;
            ALTER TABLE workflows.definition_schedules ADD next_fire timestamp with time zone, ADD cron text, ADD time_zone text;
            CREATE INDEX ix_notifications_created_at ON workflows.notifications (created_at);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        using var stream = typeof(Hangfire).Assembly.GetManifestResourceStream(Quartz.Script)
            ?? throw new InvalidOperationException($"The migration script {Quartz.Script} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        migrationBuilder.Sql("""
            DROP SCHEMA IF EXISTS hangfire CASCADE;
            DROP INDEX workflows.ix_notifications_created_at;
            ALTER TABLE workflows.definition_schedules DROP COLUMN next_fire, DROP COLUMN cron, DROP COLUMN time_zone;
            CREATE SCHEMA IF NOT EXISTS quartz;
            """ + "\n" + reader.ReadToEnd());
    }
}
