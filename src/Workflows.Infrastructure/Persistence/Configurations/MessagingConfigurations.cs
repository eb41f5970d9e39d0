using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Infrastructure.Persistence.Configurations;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxRow>
{
    public void Configure(EntityTypeBuilder<OutboxRow> builder)
    {
        builder.ToTable("outbox");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).UseIdentityAlwaysColumn();
        builder.Property(o => o.Payload).HasColumnType("jsonb");
        builder.HasIndex(o => o.EventId).IsUnique();
        // The relay's queue: unpublished events in order.
        builder.HasIndex(o => o.Id).HasFilter("published_at IS NULL").HasDatabaseName("ix_outbox_unpublished");
    }
}

internal sealed class InboxConfiguration : IEntityTypeConfiguration<InboxRow>
{
    public void Configure(EntityTypeBuilder<InboxRow> builder)
    {
        builder.ToTable("inbox");
        builder.HasKey(i => new { i.Agency, i.MessageId });
    }
}

internal sealed class InboundMessageConfiguration : IEntityTypeConfiguration<InboundMessageRow>
{
    public void Configure(EntityTypeBuilder<InboundMessageRow> builder)
    {
        builder.ToTable("inbound_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Data).HasColumnType("jsonb");
        builder.Property(m => m.Documents).HasColumnType("jsonb");
        builder.HasIndex(m => new { m.InstanceId, m.MessageName, m.Status });
        builder.HasIndex(m => new { m.Agency, m.Status });
    }
}

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<WebhookRow>
{
    public void Configure(EntityTypeBuilder<WebhookRow> builder)
    {
        builder.ToTable("webhooks");
        builder.HasKey(w => w.Id);
        builder.HasIndex(w => w.Agency);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDeliveryRow>
{
    public void Configure(EntityTypeBuilder<WebhookDeliveryRow> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).UseIdentityAlwaysColumn();
        builder.Property(d => d.Payload).HasColumnType("jsonb");
        builder.HasOne<WebhookRow>().WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.WebhookId, d.Id });
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("status = 'pending'");
    }
}
