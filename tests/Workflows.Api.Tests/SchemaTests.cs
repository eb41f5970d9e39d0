using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Workflows.Api.Tests.Support;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Api.Tests;

/// <summary>The hand-written migration matches the EF model, and the audit trail cannot be rewritten.</summary>
public sealed class SchemaTests
{
    [Test]
    public async Task Every_mapped_column_exists_in_the_migrated_schema_with_its_nullability()
    {
        using var scope = WorkflowsServer.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var columns = await db.Database.SqlQuery<ColumnInfo>(
            $"SELECT table_name AS \"Table\", column_name AS \"Column\", is_nullable = 'YES' AS \"Nullable\" FROM information_schema.columns WHERE table_schema = 'workflows'")
            .ToListAsync();
        var actual = columns.Select(c => (c.Table, c.Column, c.Nullable)).ToHashSet();

        var expected = db.Model.GetEntityTypes().SelectMany(e => e.GetProperties().Select(p =>
            (e.GetTableName()!, p.GetColumnName(), p.IsNullable))).ToList();

        Assert.That(expected, Is.Not.Empty);
        Assert.That(expected.Where(c => !actual.Contains(c)), Is.Empty, "columns of the model missing from the database");
        Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
    }

    [Test]
    public async Task The_audit_trail_is_append_only_in_the_database()
    {
        using var petugas = Users.Petugas();
        await petugas.StartInstanceAsync("dinas-uji.sederhana", "AUDIT-1");
        await using var connection = new NpgsqlConnection(WorkflowsServer.OwnerConnectionString);
        await connection.OpenAsync();

        foreach (var sql in new[] { "UPDATE workflows.audit SET actor = 'someone-else'", "DELETE FROM workflows.audit", "TRUNCATE workflows.audit CASCADE" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var error = Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.That(error!.MessageText, Does.Contain("append-only"), sql);
        }
    }

    [Test]
    public async Task The_servers_role_may_read_and_append_the_audit_trail_but_not_rewrite_it_or_switch_off_its_guard()
    {
        using var petugas = Users.Petugas();
        await petugas.StartInstanceAsync("dinas-uji.sederhana", "AUDIT-2");
        await using var connection = new NpgsqlConnection(WorkflowsServer.ConnectionString);
        await connection.OpenAsync();
        await using (var read = new NpgsqlCommand("SELECT count(*) FROM workflows.audit", connection))
        {
            Assert.That((long)(await read.ExecuteScalarAsync())!, Is.GreaterThan(0), "the server reads the trail");
        }

        foreach (var sql in new[]
        {
            "UPDATE workflows.audit SET actor = 'someone-else'",
            "DELETE FROM workflows.audit",
            "TRUNCATE workflows.audit CASCADE",
            "ALTER TABLE workflows.audit DISABLE TRIGGER audit_append_only",
            "ALTER TABLE workflows.audit DISABLE TRIGGER ALL",
            "DROP TRIGGER audit_append_only ON workflows.audit",
            "CREATE OR REPLACE FUNCTION workflows.audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$",
            "ALTER TABLE workflows.audit OWNER TO CURRENT_USER",
            "DROP TABLE workflows.audit CASCADE",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var error = Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync(), sql);
            Assert.That(error!.SqlState, Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege), $"{sql}: {error.MessageText}");
        }
    }

    private sealed record ColumnInfo(string Table, string Column, bool Nullable);
}
