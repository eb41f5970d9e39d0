using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Workflows.Infrastructure.Persistence.Migrations;

/// <summary>
/// Idempotency keys belong to a user as the token names them — issuer, agency and subject — not to a bare user id, and
/// are deleted by age. The records kept so far were scoped by user id alone and cannot be given an agency, so they are
/// dropped: a retry of a request made just before the upgrade runs again instead of being replayed.
/// </summary>
[DbContext(typeof(WorkflowsDbContext))]
[Migration("20261203120000_WebhooksIdempotency")]
public sealed class WebhooksIdempotency : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            DELETE FROM workflows.idempotency_keys;
            ALTER TABLE workflows.idempotency_keys DROP CONSTRAINT pk_idempotency_keys;
            ALTER TABLE workflows.idempotency_keys RENAME COLUMN user_id TO subject;
            ALTER TABLE workflows.idempotency_keys ADD issuer text NOT NULL, ADD agency text NOT NULL, ADD redacted text;
            ALTER TABLE workflows.idempotency_keys ADD CONSTRAINT pk_idempotency_keys PRIMARY KEY (issuer, agency, subject, key);
            CREATE INDEX ix_idempotency_keys_created_at ON workflows.idempotency_keys (created_at);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            DELETE FROM workflows.idempotency_keys;
            DROP INDEX workflows.ix_idempotency_keys_created_at;
            ALTER TABLE workflows.idempotency_keys DROP CONSTRAINT pk_idempotency_keys;
            ALTER TABLE workflows.idempotency_keys DROP COLUMN issuer, DROP COLUMN agency, DROP COLUMN redacted;
            ALTER TABLE workflows.idempotency_keys RENAME COLUMN subject TO user_id;
            ALTER TABLE workflows.idempotency_keys ADD CONSTRAINT pk_idempotency_keys PRIMARY KEY (user_id, key);
            """);
    }
}
