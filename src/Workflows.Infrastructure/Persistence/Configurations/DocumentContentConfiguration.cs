using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Infrastructure.Persistence.Configurations;

internal sealed class DocumentContentConfiguration : IEntityTypeConfiguration<DocumentContentRow>
{
    public void Configure(EntityTypeBuilder<DocumentContentRow> builder)
    {
        builder.ToTable("document_contents");
        builder.HasKey(c => new { c.DocumentId, c.Seq });
        builder.HasOne<DocumentRow>().WithMany().HasForeignKey(c => c.DocumentId);
    }
}
