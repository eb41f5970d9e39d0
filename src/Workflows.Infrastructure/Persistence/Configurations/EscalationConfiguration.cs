using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Infrastructure.Persistence.Configurations;

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<EscalationRow>
{
    public void Configure(EntityTypeBuilder<EscalationRow> builder)
    {
        builder.ToTable("escalations");
        builder.HasKey(e => e.Id);
        builder.HasOne<InstanceRow>().WithMany().HasForeignKey(e => e.InstanceId).OnDelete(DeleteBehavior.Restrict);
        // Exactly once per level: a second node raising the same level fails on this index.
        builder.HasIndex(e => new { e.InstanceId, e.TaskId, e.Level }).IsUnique().AreNullsDistinct(false);
        // A supervisor's list: open escalations of an agency for a role.
        builder.HasIndex(e => new { e.Agency, e.ToRole, e.Status });
    }
}
