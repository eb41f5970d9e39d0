using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Workflows.Infrastructure.Persistence.Migrations;

/// <summary>
/// The weeks in which an agency's administrators were told that a calendar's holiday list runs out: every node checks
/// daily, and the key lets exactly one of them send the week's notice. The server's role is granted the new table by
/// <see cref="ServerRoleGrants"/>, which the migrator runs after every migration.
/// </summary>
[DbContext(typeof(WorkflowsDbContext))]
[Migration("20261204100000_CalendarCoverageNotices")]
public sealed class CalendarCoverageNotices : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            CREATE TABLE workflows.calendar_coverage_notices (
                calendar_id text NOT NULL,
                agency text NOT NULL,
                week_start date NOT NULL,
                sent_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_calendar_coverage_notices PRIMARY KEY (calendar_id, agency, week_start)
            );
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP TABLE workflows.calendar_coverage_notices;");
    }
}
