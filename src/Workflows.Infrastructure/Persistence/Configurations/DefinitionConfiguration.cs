using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Infrastructure.Persistence.Configurations;

internal sealed class DefinitionConfiguration : IEntityTypeConfiguration<DefinitionRow>
{
    public void Configure(EntityTypeBuilder<DefinitionRow> builder)
    {
        builder.ToTable("definitions");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.Agency);
    }
}
