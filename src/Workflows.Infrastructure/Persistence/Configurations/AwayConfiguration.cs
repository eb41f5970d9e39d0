using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Infrastructure.Persistence.Configurations;

internal sealed class AwayConfiguration : IEntityTypeConfiguration<AwayRow>
{
    public void Configure(EntityTypeBuilder<AwayRow> builder)
    {
        builder.ToTable("away_periods");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.Agency, a.UserId, a.EndsAt });
    }
}
