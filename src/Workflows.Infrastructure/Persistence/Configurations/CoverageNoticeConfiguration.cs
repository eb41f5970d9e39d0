using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Infrastructure.Persistence.Configurations;

internal sealed class CoverageNoticeConfiguration : IEntityTypeConfiguration<CoverageNoticeRow>
{
    public void Configure(EntityTypeBuilder<CoverageNoticeRow> builder)
    {
        builder.ToTable("calendar_coverage_notices");
        builder.HasKey(n => new { n.CalendarId, n.Agency, n.WeekStart });
    }
}
