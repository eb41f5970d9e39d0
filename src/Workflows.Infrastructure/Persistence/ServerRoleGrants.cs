using System.Text.RegularExpressions;

namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// What the server's database role may do, granted by the owner after every migration (so tables a migration adds
/// are covered): read and write the rows of the engine's schemas, use their sequences, and on the audit trail and the
/// migrations history only read (and append to the trail). Owning nothing, the role can neither alter nor drop a
/// table or trigger.
/// </summary>
internal static partial class ServerRoleGrants
{
    public static string For(string role)
    {
        if (!RoleName().IsMatch(role))
        {
            throw new InvalidOperationException($"the server's database role '{role}' must be a plain name (letters, digits, _ and -)");
        }

        return $$"""
            DO $grants$
            DECLARE s text;
            BEGIN
                FOREACH s IN ARRAY ARRAY['workflows', 'hangfire'] LOOP
                    IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = s) THEN
                        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, '{{role}}');
                        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, '{{role}}');
                        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, '{{role}}');
                    END IF;
                END LOOP;
                EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON workflows.audit FROM %I', '{{role}}');
                EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON workflows.__ef_migrations_history FROM %I', '{{role}}');
            END
            $grants$;
            """;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]{0,62}$")]
    private static partial Regex RoleName();
}
