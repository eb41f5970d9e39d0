using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Workflows.Infrastructure.Persistence.Migrations;

/// <summary>
/// Due times carry whether they counted dates beyond their calendar's coverage; each calendar's content is
/// fingerprinted so a changed file is noticed at start-up; and re-timing runs are recorded, with the last instance done,
/// so that one node works through them in batches and another resumes after a crash.
/// </summary>
[DbContext(typeof(WorkflowsDbContext))]
[Migration("20261204110000_CalendarRetime")]
public sealed class CalendarRetime : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            ALTER TABLE workflows.tasks ADD due_provisional boolean NOT NULL DEFAULT false;
            ALTER TABLE workflows.instances ADD due_provisional boolean NOT NULL DEFAULT false;
            CREATE TABLE workflows.calendar_fingerprints (
                calendar_id text NOT NULL,
                fingerprint text NOT NULL,
                recorded_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_calendar_fingerprints PRIMARY KEY (calendar_id)
            );
            CREATE TABLE workflows.calendar_retimes (
                id uuid NOT NULL,
                calendars text[] NOT NULL,
                reason text NOT NULL,
                requested_by text NOT NULL,
                requested_at timestamp with time zone NOT NULL,
                status text NOT NULL,
                after_instance uuid,
                started_at timestamp with time zone,
                finished_at timestamp with time zone,
                cases_seen integer NOT NULL,
                tasks_moved integer NOT NULL,
                cases_moved integer NOT NULL,
                overdue_at_once integer NOT NULL,
                CONSTRAINT pk_calendar_retimes PRIMARY KEY (id)
            );
            CREATE INDEX ix_calendar_retimes_requested_at ON workflows.calendar_retimes (requested_at) WHERE status <> 'done';
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            DROP TABLE workflows.calendar_retimes;
            DROP TABLE workflows.calendar_fingerprints;
            ALTER TABLE workflows.instances DROP COLUMN due_provisional;
            ALTER TABLE workflows.tasks DROP COLUMN due_provisional;
            """);
    }
}
