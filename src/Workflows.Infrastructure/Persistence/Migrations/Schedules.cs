using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Workflows.Infrastructure.Persistence.Migrations;

/// <summary>
/// The state of each definition's schedule (active, failed, expired, none) as the schedule sync last found it, shared
/// by every node, so a schedule the scheduler refused is shown on the definition rather than stopping the node.
/// </summary>
[DbContext(typeof(WorkflowsDbContext))]
[Migration("20261203100000_Schedules")]
public sealed class Schedules : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            CREATE TABLE workflows.definition_schedules (
                definition_id text NOT NULL,
                state text NOT NULL,
                error text,
                updated_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_definition_schedules PRIMARY KEY (definition_id)
            );
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP TABLE workflows.definition_schedules;");
    }
}
