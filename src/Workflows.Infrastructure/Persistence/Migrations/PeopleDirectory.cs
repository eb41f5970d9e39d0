using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Workflows.Infrastructure.Persistence.Migrations;

/// <summary>
/// The directory: the people of each agency with their roles, contact, notification preferences and local sign-in,
/// and an append-only trail of every change to it. Ids and emails are unique within an agency (emails compared
/// case-insensitively); the GIN index answers "who holds this actor role".
/// </summary>
[DbContext(typeof(WorkflowsDbContext))]
[Migration("20261207100000_Directory")]
public sealed class PeopleDirectory : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            CREATE TABLE workflows.users (
                agency text NOT NULL,
                id text NOT NULL,
                name text NOT NULL,
                position text NULL,
                email text NULL,
                phone text NULL,
                system_roles text[] NOT NULL,
                actor_roles text[] NOT NULL,
                active boolean NOT NULL,
                language text NOT NULL,
                email_kinds text[] NOT NULL,
                daily_digest boolean NOT NULL,
                password_hash text NULL,
                must_change_password boolean NOT NULL,
                failed_sign_ins integer NOT NULL,
                locked_until timestamp with time zone NULL,
                created_at timestamp with time zone NOT NULL,
                updated_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_users PRIMARY KEY (agency, id)
            );
            CREATE UNIQUE INDEX ux_users_agency_email ON workflows.users (agency, lower(email)) WHERE email IS NOT NULL;
            CREATE INDEX ix_users_agency_actor_roles ON workflows.users USING gin (actor_roles);
            CREATE INDEX ix_users_agency_system_roles ON workflows.users USING gin (system_roles);
            CREATE TABLE workflows.user_audit (
                id bigint GENERATED ALWAYS AS IDENTITY,
                agency text NOT NULL,
                user_id text NOT NULL,
                actor text NOT NULL,
                action text NOT NULL,
                at timestamp with time zone NOT NULL,
                detail jsonb NOT NULL,
                CONSTRAINT pk_user_audit PRIMARY KEY (id)
            );
            CREATE INDEX ix_user_audit_agency_user_id_id ON workflows.user_audit (agency, user_id, id);
            CREATE TRIGGER user_audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON workflows.user_audit
                FOR EACH STATEMENT EXECUTE FUNCTION workflows.audit_is_append_only();
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            DROP TABLE workflows.user_audit;
            DROP TABLE workflows.users;
            """);
    }
}
