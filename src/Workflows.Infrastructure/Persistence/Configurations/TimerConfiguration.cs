using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Infrastructure.Persistence.Configurations;

internal sealed class TimerConfiguration : IEntityTypeConfiguration<TimerRow>
{
    public void Configure(EntityTypeBuilder<TimerRow> builder)
    {
        builder.ToTable("timers");
        builder.HasKey(t => t.Id);
        builder.HasOne<TaskRow>().WithMany().HasForeignKey(t => t.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.TaskId);
        builder.HasIndex(t => t.DueAt).HasFilter("fired_at IS NULL");
    }
}
