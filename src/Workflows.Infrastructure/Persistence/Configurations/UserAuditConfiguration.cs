using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Infrastructure.Persistence.Configurations;

internal sealed class UserAuditConfiguration : IEntityTypeConfiguration<UserAuditRow>
{
    public void Configure(EntityTypeBuilder<UserAuditRow> builder)
    {
        builder.ToTable("user_audit");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.Detail).HasColumnType("jsonb");
        builder.HasIndex(a => new { a.Agency, a.UserId, a.Id });
    }
}
