using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Workflows.Infrastructure.Persistence.Migrations;

/// <summary>
/// Mutu baku enforcement: timers without a task (the instance's service-standard deadline) and with an escalation level,
/// overdue and moved due times on tasks, escalations (raised once per level), away periods and notifications.
/// A statement-level trigger announces new timers, with their earliest due time, on the <c>workflows_timers</c>
/// channel, so every node's timer runner wakes for a deadline nearer than the one it sleeps towards (and only then).
/// </summary>
[DbContext(typeof(WorkflowsDbContext))]
[Migration("20261122100000_Deadlines")]
public sealed class Deadlines : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            ALTER TABLE workflows.timers ALTER COLUMN task_id DROP NOT NULL;
            ALTER TABLE workflows.timers ADD level integer NOT NULL DEFAULT 0;
            ALTER TABLE workflows.tasks ADD overdue_at timestamp with time zone;
            CREATE TABLE workflows.escalations (
                id uuid NOT NULL,
                agency text NOT NULL,
                instance_id uuid NOT NULL,
                task_id uuid,
                definition_id text NOT NULL,
                business_key text NOT NULL,
                step_id text,
                late_role text,
                assignee text,
                level integer NOT NULL,
                to_role text NOT NULL,
                due timestamp with time zone NOT NULL,
                raised_at timestamp with time zone NOT NULL,
                late_seconds bigint NOT NULL,
                status text NOT NULL,
                acknowledged_by text,
                acknowledged_at timestamp with time zone,
                note text,
                CONSTRAINT pk_escalations PRIMARY KEY (id),
                CONSTRAINT fk_escalations_instances_instance_id FOREIGN KEY (instance_id) REFERENCES workflows.instances (id) ON DELETE RESTRICT
            );
            CREATE UNIQUE INDEX ix_escalations_instance_id_task_id_level ON workflows.escalations (instance_id, task_id, level) NULLS NOT DISTINCT;
            CREATE INDEX ix_escalations_agency_to_role_status ON workflows.escalations (agency, to_role, status);
            CREATE TABLE workflows.away_periods (
                id uuid NOT NULL,
                agency text NOT NULL,
                user_id text NOT NULL,
                starts_at timestamp with time zone NOT NULL,
                ends_at timestamp with time zone NOT NULL,
                kind text NOT NULL,
                delegate text,
                note text,
                created_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_away_periods PRIMARY KEY (id)
            );
            CREATE INDEX ix_away_periods_agency_user_id_ends_at ON workflows.away_periods (agency, user_id, ends_at);
            CREATE TABLE workflows.notifications (
                id bigint GENERATED ALWAYS AS IDENTITY,
                agency text NOT NULL,
                to_user text,
                to_role text,
                kind text NOT NULL,
                instance_id uuid,
                task_id uuid,
                text text NOT NULL,
                detail jsonb NOT NULL,
                created_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_notifications PRIMARY KEY (id)
            );
            CREATE INDEX ix_notifications_agency_to_user ON workflows.notifications (agency, to_user);
            CREATE INDEX ix_notifications_agency_to_role ON workflows.notifications (agency, to_role);
            CREATE FUNCTION workflows.announce_timers() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                -- The earliest new due time (Unix milliseconds): a runner sleeping towards an earlier one stays asleep.
                PERFORM pg_notify('workflows_timers', (SELECT (extract(epoch FROM min(due_at)) * 1000)::bigint::text FROM inserted));
                RETURN NULL;
            END
            $fn$;
            CREATE TRIGGER timers_announce AFTER INSERT ON workflows.timers REFERENCING NEW TABLE AS inserted
                FOR EACH STATEMENT EXECUTE FUNCTION workflows.announce_timers();
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            DROP TRIGGER timers_announce ON workflows.timers;
            DROP FUNCTION workflows.announce_timers();
            DROP TABLE workflows.notifications;
            DROP TABLE workflows.away_periods;
            DROP TABLE workflows.escalations;
            ALTER TABLE workflows.tasks DROP COLUMN overdue_at;
            ALTER TABLE workflows.timers DROP COLUMN level;
            ALTER TABLE workflows.timers ALTER COLUMN task_id SET NOT NULL;
            """);
    }
}
