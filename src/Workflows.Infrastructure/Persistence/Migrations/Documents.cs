using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Workflows.Infrastructure.Persistence.Migrations;

/// <summary>
/// A document's bytes become a sequence of chunks (<c>seq</c> 0, 1, …), so an upload is written and a download read a
/// chunk at a time instead of as one value the size of the file. Existing documents are their own chunk 0.
/// </summary>
[DbContext(typeof(WorkflowsDbContext))]
[Migration("20261203110000_Documents")]
public sealed class Documents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            ALTER TABLE workflows.document_contents ADD COLUMN seq integer NOT NULL DEFAULT 0;
            ALTER TABLE workflows.document_contents ALTER COLUMN seq DROP DEFAULT;
            ALTER TABLE workflows.document_contents DROP CONSTRAINT pk_document_contents;
            ALTER TABLE workflows.document_contents ADD CONSTRAINT pk_document_contents PRIMARY KEY (document_id, seq);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        // Chunks are joined back into one value per document before the key goes back to the document id alone.
        migrationBuilder.Sql("""
            CREATE TEMPORARY TABLE joined_contents ON COMMIT DROP AS
                SELECT document_id, string_agg(content, ''::bytea ORDER BY seq) AS content FROM workflows.document_contents GROUP BY document_id;
            DELETE FROM workflows.document_contents;
            ALTER TABLE workflows.document_contents DROP CONSTRAINT pk_document_contents;
            ALTER TABLE workflows.document_contents DROP COLUMN seq;
            INSERT INTO workflows.document_contents (document_id, content) SELECT document_id, content FROM joined_contents;
            ALTER TABLE workflows.document_contents ADD CONSTRAINT pk_document_contents PRIMARY KEY (document_id);
            """);
    }
}
