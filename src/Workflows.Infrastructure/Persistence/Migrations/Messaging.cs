using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Workflows.Infrastructure.Persistence.Migrations;

/// <summary>
/// Message events: the transactional outbox (with a trigger that announces new rows on <c>workflows_outbox</c>), the
/// inbox of handled bus messages, inbound messages held or unmatched, webhooks and their delivery log.
/// </summary>
[DbContext(typeof(WorkflowsDbContext))]
[Migration("20261122120000_Messaging")]
public sealed class Messaging : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            CREATE TABLE workflows.outbox (
                id bigint GENERATED ALWAYS AS IDENTITY,
                event_id uuid NOT NULL,
                type text NOT NULL,
                agency text NOT NULL,
                instance_id uuid,
                payload jsonb NOT NULL,
                created_at timestamp with time zone NOT NULL,
                published_at timestamp with time zone,
                attempts integer NOT NULL,
                last_error text,
                CONSTRAINT pk_outbox PRIMARY KEY (id)
            );
            CREATE UNIQUE INDEX ix_outbox_event_id ON workflows.outbox (event_id);
            CREATE INDEX ix_outbox_unpublished ON workflows.outbox (id) WHERE published_at IS NULL;
            CREATE TABLE workflows.inbox (
                message_id uuid NOT NULL,
                received_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_inbox PRIMARY KEY (message_id)
            );
            CREATE TABLE workflows.inbound_messages (
                id uuid NOT NULL,
                message_id uuid,
                agency text NOT NULL,
                message_name text NOT NULL,
                instance_id uuid,
                definition_id text,
                business_key text,
                sender text,
                data jsonb NOT NULL,
                documents jsonb NOT NULL,
                status text NOT NULL,
                reason text,
                received_at timestamp with time zone NOT NULL,
                consumed_at timestamp with time zone,
                CONSTRAINT pk_inbound_messages PRIMARY KEY (id)
            );
            CREATE INDEX ix_inbound_messages_instance_id_message_name_status ON workflows.inbound_messages (instance_id, message_name, status);
            CREATE INDEX ix_inbound_messages_agency_status ON workflows.inbound_messages (agency, status);
            CREATE TABLE workflows.webhooks (
                id uuid NOT NULL,
                agency text NOT NULL,
                url text NOT NULL,
                event_types text[] NOT NULL,
                secret text NOT NULL,
                created_by text NOT NULL,
                created_at timestamp with time zone NOT NULL,
                active boolean NOT NULL,
                CONSTRAINT pk_webhooks PRIMARY KEY (id)
            );
            CREATE INDEX ix_webhooks_agency ON workflows.webhooks (agency);
            CREATE TABLE workflows.webhook_deliveries (
                id bigint GENERATED ALWAYS AS IDENTITY,
                webhook_id uuid NOT NULL,
                event_id uuid NOT NULL,
                type text NOT NULL,
                payload jsonb NOT NULL,
                status text NOT NULL,
                attempts integer NOT NULL,
                next_attempt_at timestamp with time zone NOT NULL,
                last_status_code integer,
                last_error text,
                delivered_at timestamp with time zone,
                created_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_webhook_deliveries PRIMARY KEY (id),
                CONSTRAINT fk_webhook_deliveries_webhooks_webhook_id FOREIGN KEY (webhook_id) REFERENCES workflows.webhooks (id) ON DELETE CASCADE
            );
            CREATE INDEX ix_webhook_deliveries_webhook_id_id ON workflows.webhook_deliveries (webhook_id, id);
            CREATE INDEX ix_webhook_deliveries_next_attempt_at ON workflows.webhook_deliveries (next_attempt_at) WHERE status = 'pending';
            CREATE FUNCTION workflows.announce_outbox() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                PERFORM pg_notify('workflows_outbox', '');
                RETURN NULL;
            END
            $fn$;
            CREATE TRIGGER outbox_announce AFTER INSERT ON workflows.outbox
                FOR EACH STATEMENT EXECUTE FUNCTION workflows.announce_outbox();
            CREATE FUNCTION workflows.announce_webhooks() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                PERFORM pg_notify('workflows_webhooks', '');
                RETURN NULL;
            END
            $fn$;
            CREATE TRIGGER webhook_deliveries_announce AFTER INSERT ON workflows.webhook_deliveries
                FOR EACH STATEMENT EXECUTE FUNCTION workflows.announce_webhooks();
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            DROP TABLE workflows.webhook_deliveries;
            DROP TABLE workflows.webhooks;
            DROP TABLE workflows.inbound_messages;
            DROP TABLE workflows.inbox;
            DROP TABLE workflows.outbox;
            DROP FUNCTION workflows.announce_outbox();
            DROP FUNCTION workflows.announce_webhooks();
            """);
    }
}
