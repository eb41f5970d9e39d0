using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Infrastructure.Persistence.Configurations;

internal sealed class AuditConfiguration : IEntityTypeConfiguration<AuditRow>
{
    public void Configure(EntityTypeBuilder<AuditRow> builder)
    {
        builder.ToTable("audit");
        builder.HasKey(a => a.Id);
        builder.HasOne<InstanceRow>().WithMany().HasForeignKey(a => a.InstanceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.Before).HasColumnType("jsonb");
        builder.Property(a => a.After).HasColumnType("jsonb");
        builder.HasIndex(a => new { a.InstanceId, a.Id });
    }
}
