using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Infrastructure.Persistence.Configurations;

internal sealed class TaskConfiguration : IEntityTypeConfiguration<TaskRow>
{
    public void Configure(EntityTypeBuilder<TaskRow> builder)
    {
        builder.ToTable("tasks");
        builder.HasKey(t => t.Id);
        builder.HasOne<InstanceRow>().WithMany().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.InstanceId);
        // The inbox: open tasks of an agency by role, and by assignee.
        builder.HasIndex(t => new { t.Agency, t.Status, t.ActorRole });
        builder.HasIndex(t => new { t.Agency, t.Status, t.Assignee });
    }
}
