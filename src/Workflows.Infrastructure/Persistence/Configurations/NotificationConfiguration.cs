using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<NotificationRow>
{
    public void Configure(EntityTypeBuilder<NotificationRow> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).UseIdentityAlwaysColumn();
        builder.Property(n => n.Detail).HasColumnType("jsonb");
        builder.HasIndex(n => new { n.Agency, n.ToUser });
        builder.HasIndex(n => new { n.Agency, n.ToRole });
        builder.HasIndex(n => n.CreatedAt);
    }
}
