using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Infrastructure.Persistence.Configurations;

internal sealed class ScheduleStateConfiguration : IEntityTypeConfiguration<ScheduleStateRow>
{
    public void Configure(EntityTypeBuilder<ScheduleStateRow> builder)
    {
        builder.ToTable("definition_schedules");
        builder.HasKey(s => s.DefinitionId);
    }
}
