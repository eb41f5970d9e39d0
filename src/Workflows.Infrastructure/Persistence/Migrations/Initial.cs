using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Workflows.Infrastructure.Persistence.Migrations;

/// <summary>
/// The first schema. Written as SQL from <c>Database.GenerateCreateScript()</c> of the model, like every migration here
/// (hand-written, with no model snapshot); <c>SchemaMatchesModel</c> in the integration tests keeps the two in step.
/// Adds what the model does not express: the audit trail is append-only.
/// </summary>
[DbContext(typeof(WorkflowsDbContext))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            DO $EF$
            BEGIN
                IF NOT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = 'workflows') THEN
                    CREATE SCHEMA workflows;
                END IF;
            END $EF$;
            CREATE TABLE workflows.definitions (
                id text NOT NULL,
                agency text NOT NULL,
                title text NOT NULL,
                created_at timestamp with time zone NOT NULL,
                retired_at timestamp with time zone,
                retired_by text,
                published_version integer,
                CONSTRAINT pk_definitions PRIMARY KEY (id)
            );
            CREATE TABLE workflows.documents (
                id uuid NOT NULL,
                agency text NOT NULL,
                instance_id uuid,
                type text,
                file_name text NOT NULL,
                content_type text NOT NULL,
                size bigint NOT NULL,
                sha256 text NOT NULL,
                uploaded_by text NOT NULL,
                uploaded_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_documents PRIMARY KEY (id)
            );
            CREATE TABLE workflows.idempotency_keys (
                user_id text NOT NULL,
                key text NOT NULL,
                request_hash text NOT NULL,
                status_code integer NOT NULL,
                content_type text,
                body bytea,
                created_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_idempotency_keys PRIMARY KEY (user_id, key)
            );
            CREATE TABLE workflows.definition_versions (
                definition_id text NOT NULL,
                version integer NOT NULL,
                status text NOT NULL,
                title text NOT NULL,
                yaml text NOT NULL,
                sha256 text NOT NULL,
                created_by text NOT NULL,
                created_at timestamp with time zone NOT NULL,
                published_at timestamp with time zone,
                published_by text,
                CONSTRAINT pk_definition_versions PRIMARY KEY (definition_id, version),
                CONSTRAINT fk_definition_versions_definitions_definition_id FOREIGN KEY (definition_id) REFERENCES workflows.definitions (id) ON DELETE CASCADE
            );
            CREATE TABLE workflows.document_contents (
                document_id uuid NOT NULL,
                content bytea NOT NULL,
                CONSTRAINT pk_document_contents PRIMARY KEY (document_id),
                CONSTRAINT fk_document_contents_documents_document_id FOREIGN KEY (document_id) REFERENCES workflows.documents (id) ON DELETE CASCADE
            );
            CREATE TABLE workflows.instances (
                id uuid NOT NULL,
                agency text NOT NULL,
                definition_id text NOT NULL,
                definition_version integer NOT NULL,
                business_key text NOT NULL,
                status text NOT NULL,
                result text,
                state jsonb NOT NULL,
                started_by text NOT NULL,
                started_at timestamp with time zone NOT NULL,
                due timestamp with time zone,
                ended_at timestamp with time zone,
                parent_instance_id uuid,
                updated_at timestamp with time zone NOT NULL,
                revision integer NOT NULL,
                CONSTRAINT pk_instances PRIMARY KEY (id),
                CONSTRAINT "fk_instances_definition_versions_definition_id_definition_vers~" FOREIGN KEY (definition_id, definition_version) REFERENCES workflows.definition_versions (definition_id, version) ON DELETE RESTRICT
            );
            CREATE TABLE workflows.audit (
                id bigint GENERATED ALWAYS AS IDENTITY,
                instance_id uuid NOT NULL,
                agency text NOT NULL,
                at timestamp with time zone NOT NULL,
                actor text NOT NULL,
                action text NOT NULL,
                task_id uuid,
                step_id text,
                detail text NOT NULL,
                before jsonb NOT NULL,
                after jsonb NOT NULL,
                CONSTRAINT pk_audit PRIMARY KEY (id),
                CONSTRAINT fk_audit_instances_instance_id FOREIGN KEY (instance_id) REFERENCES workflows.instances (id) ON DELETE RESTRICT
            );
            CREATE TABLE workflows.tasks (
                id uuid NOT NULL,
                instance_id uuid NOT NULL,
                agency text NOT NULL,
                definition_id text NOT NULL,
                business_key text NOT NULL,
                step_id text NOT NULL,
                step_title text NOT NULL,
                kind text NOT NULL,
                waiting_for text NOT NULL,
                actor_role text,
                assignee text,
                status text NOT NULL,
                opened_at timestamp with time zone NOT NULL,
                earliest timestamp with time zone,
                due timestamp with time zone,
                closed_at timestamp with time zone,
                closed_by text,
                outcome text,
                CONSTRAINT pk_tasks PRIMARY KEY (id),
                CONSTRAINT fk_tasks_instances_instance_id FOREIGN KEY (instance_id) REFERENCES workflows.instances (id) ON DELETE RESTRICT
            );
            CREATE TABLE workflows.timers (
                id uuid NOT NULL,
                instance_id uuid NOT NULL,
                task_id uuid NOT NULL,
                kind text NOT NULL,
                due_at timestamp with time zone NOT NULL,
                fired_at timestamp with time zone,
                CONSTRAINT pk_timers PRIMARY KEY (id),
                CONSTRAINT fk_timers_tasks_task_id FOREIGN KEY (task_id) REFERENCES workflows.tasks (id) ON DELETE RESTRICT
            );
            CREATE INDEX ix_audit_instance_id_id ON workflows.audit (instance_id, id);
            CREATE INDEX ix_definitions_agency ON workflows.definitions (agency);
            CREATE INDEX ix_documents_instance_id ON workflows.documents (instance_id);
            CREATE INDEX ix_instances_agency_definition_id_business_key ON workflows.instances (agency, definition_id, business_key);
            CREATE INDEX ix_instances_definition_id_definition_version ON workflows.instances (definition_id, definition_version);
            CREATE INDEX ix_instances_parent_instance_id ON workflows.instances (parent_instance_id);
            CREATE INDEX ix_tasks_agency_status_actor_role ON workflows.tasks (agency, status, actor_role);
            CREATE INDEX ix_tasks_agency_status_assignee ON workflows.tasks (agency, status, assignee);
            CREATE INDEX ix_tasks_instance_id ON workflows.tasks (instance_id);
            CREATE INDEX ix_timers_due_at ON workflows.timers (due_at) WHERE fired_at IS NULL;
            CREATE INDEX ix_timers_task_id ON workflows.timers (task_id);
            CREATE FUNCTION workflows.audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                RAISE EXCEPTION 'the audit trail is append-only: % is not allowed', TG_OP;
            END
            $fn$;
            CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON workflows.audit
                FOR EACH STATEMENT EXECUTE FUNCTION workflows.audit_is_append_only();
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP SCHEMA workflows CASCADE;");
    }
}
