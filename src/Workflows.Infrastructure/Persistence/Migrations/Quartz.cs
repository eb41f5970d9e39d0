using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Workflows.Infrastructure.Persistence.Migrations;

/// <summary>
/// The tables of Quartz.NET's clustered job store (scheduled starts, the daily digest), in their own schema
/// <c>quartz</c>. The script is Quartz 4.7.3's own PostgreSQL schema (embedded in its assembly) with every name
/// qualified by the schema; Quartz validates it at start-up.
/// </summary>
[DbContext(typeof(WorkflowsDbContext))]
[Migration("20261122110000_Quartz")]
public sealed class Quartz : Migration
{
    public const string Script = "quartz-4.7.3-postgres.sql";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        using var stream = typeof(Quartz).Assembly.GetManifestResourceStream(Script)
            ?? throw new InvalidOperationException($"The migration script {Script} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        migrationBuilder.Sql("CREATE SCHEMA IF NOT EXISTS quartz;\n" + reader.ReadToEnd());
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP SCHEMA quartz CASCADE;");
    }
}
