using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyConfiguration : IEntityTypeConfiguration<IdempotencyRow>
{
    public void Configure(EntityTypeBuilder<IdempotencyRow> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(k => new { k.Issuer, k.Agency, k.Subject, k.Key });
        // The clean-up deletes by age.
        builder.HasIndex(k => k.CreatedAt);
    }
}
