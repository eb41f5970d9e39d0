using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Infrastructure.Persistence.Configurations;

internal sealed class InstanceConfiguration : IEntityTypeConfiguration<InstanceRow>
{
    public void Configure(EntityTypeBuilder<InstanceRow> builder)
    {
        builder.ToTable("instances");
        builder.HasKey(i => i.Id);
        builder.HasOne<DefinitionVersionRow>().WithMany()
            .HasForeignKey(i => new { i.DefinitionId, i.DefinitionVersion }).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.State).HasColumnType("jsonb");
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.HasIndex(i => new { i.Agency, i.DefinitionId, i.BusinessKey });
        builder.HasIndex(i => i.ParentInstanceId);
    }
}
