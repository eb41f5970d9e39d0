using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Infrastructure.Persistence.Configurations;

internal sealed class DocumentContentConfiguration : IEntityTypeConfiguration<DocumentContentRow>
{
    public void Configure(EntityTypeBuilder<DocumentContentRow> builder)
    {
        builder.ToTable("document_contents");
        builder.HasKey(c => c.DocumentId);
        builder.HasOne<DocumentRow>().WithOne().HasForeignKey<DocumentContentRow>(c => c.DocumentId);
    }
}
