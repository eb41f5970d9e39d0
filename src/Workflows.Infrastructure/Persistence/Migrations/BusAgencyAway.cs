using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Workflows.Infrastructure.Persistence.Migrations;

/// <summary>
/// Handled bus message ids are kept per agency (one agency's sender cannot use up another's ids), and every record and
/// removal of an away period leaves a line in <c>away_audit</c>, append-only like the instance audit.
/// </summary>
[DbContext(typeof(WorkflowsDbContext))]
[Migration("20261203130000_BusAgencyAway")]
public sealed class BusAgencyAway : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            ALTER TABLE workflows.inbox ADD agency text NOT NULL DEFAULT '';
            ALTER TABLE workflows.inbox ALTER COLUMN agency DROP DEFAULT;
            ALTER TABLE workflows.inbox DROP CONSTRAINT pk_inbox;
            ALTER TABLE workflows.inbox ADD CONSTRAINT pk_inbox PRIMARY KEY (agency, message_id);
            CREATE TABLE workflows.away_audit (
                id bigint GENERATED ALWAYS AS IDENTITY,
                agency text NOT NULL,
                user_id text NOT NULL,
                period_id uuid NOT NULL,
                actor text NOT NULL,
                action text NOT NULL,
                at timestamp with time zone NOT NULL,
                detail jsonb NOT NULL,
                CONSTRAINT pk_away_audit PRIMARY KEY (id)
            );
            CREATE INDEX ix_away_audit_agency_user_id_id ON workflows.away_audit (agency, user_id, id);
            CREATE TRIGGER away_audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON workflows.away_audit
                FOR EACH STATEMENT EXECUTE FUNCTION workflows.audit_is_append_only();
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            DROP TABLE workflows.away_audit;
            ALTER TABLE workflows.inbox DROP CONSTRAINT pk_inbox;
            ALTER TABLE workflows.inbox ADD CONSTRAINT pk_inbox PRIMARY KEY (message_id);
            ALTER TABLE workflows.inbox DROP COLUMN agency;
            """);
    }
}
