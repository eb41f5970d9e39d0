using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Infrastructure.Persistence.Configurations;

internal sealed class CalendarFingerprintConfiguration : IEntityTypeConfiguration<CalendarFingerprintRow>
{
    public void Configure(EntityTypeBuilder<CalendarFingerprintRow> builder)
    {
        builder.ToTable("calendar_fingerprints");
        builder.HasKey(c => c.CalendarId);
    }
}

internal sealed class CalendarRetimeConfiguration : IEntityTypeConfiguration<CalendarRetimeRow>
{
    public void Configure(EntityTypeBuilder<CalendarRetimeRow> builder)
    {
        builder.ToTable("calendar_retimes");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.RequestedAt).HasFilter("status <> 'done'");
    }
}
