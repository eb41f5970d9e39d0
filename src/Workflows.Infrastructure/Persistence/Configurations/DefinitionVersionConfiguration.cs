using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Infrastructure.Persistence.Configurations;

internal sealed class DefinitionVersionConfiguration : IEntityTypeConfiguration<DefinitionVersionRow>
{
    public void Configure(EntityTypeBuilder<DefinitionVersionRow> builder)
    {
        builder.ToTable("definition_versions");
        builder.HasKey(v => new { v.DefinitionId, v.Version });
        builder.HasOne<DefinitionRow>().WithMany().HasForeignKey(v => v.DefinitionId);
    }
}
