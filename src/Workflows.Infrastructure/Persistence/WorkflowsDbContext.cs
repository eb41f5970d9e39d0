using Microsoft.EntityFrameworkCore;

namespace Workflows.Infrastructure.Persistence;

/// <summary>The engine's tables, all in the <see cref="Schema"/> schema, named in snake_case.</summary>
public sealed class WorkflowsDbContext(DbContextOptions<WorkflowsDbContext> options) : DbContext(options)
{
    public const string Schema = "workflows";

    public DbSet<DefinitionRow> Definitions => Set<DefinitionRow>();

    public DbSet<DefinitionVersionRow> DefinitionVersions => Set<DefinitionVersionRow>();

    public DbSet<InstanceRow> Instances => Set<InstanceRow>();

    public DbSet<TaskRow> Tasks => Set<TaskRow>();

    public DbSet<DocumentRow> Documents => Set<DocumentRow>();

    public DbSet<DocumentContentRow> DocumentContents => Set<DocumentContentRow>();

    public DbSet<AuditRow> Audit => Set<AuditRow>();

    public DbSet<TimerRow> Timers => Set<TimerRow>();

    public DbSet<IdempotencyRow> IdempotencyKeys => Set<IdempotencyRow>();

    public DbSet<EscalationRow> Escalations => Set<EscalationRow>();

    public DbSet<AwayRow> AwayPeriods => Set<AwayRow>();

    public DbSet<AwayAuditRow> AwayAudit => Set<AwayAuditRow>();

    public DbSet<NotificationRow> Notifications => Set<NotificationRow>();

    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();

    public DbSet<InboxRow> Inbox => Set<InboxRow>();

    public DbSet<InboundMessageRow> InboundMessages => Set<InboundMessageRow>();

    public DbSet<WebhookRow> Webhooks => Set<WebhookRow>();

    public DbSet<WebhookDeliveryRow> WebhookDeliveries => Set<WebhookDeliveryRow>();

    public DbSet<ScheduleStateRow> Schedules => Set<ScheduleStateRow>();

    public DbSet<CalendarFingerprintRow> CalendarFingerprints => Set<CalendarFingerprintRow>();

    public DbSet<CalendarRetimeRow> CalendarRetimes => Set<CalendarRetimeRow>();

    public DbSet<CoverageNoticeRow> CoverageNotices => Set<CoverageNoticeRow>();

    public DbSet<UserRow> Users => Set<UserRow>();

    public DbSet<UserAuditRow> UserAudit => Set<UserAuditRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowsDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(Casing.Snake(property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(Casing.Snake(key.GetDefaultName()!));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(Casing.Snake(index.GetDefaultDatabaseName()!));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(Casing.Snake(foreignKey.GetDefaultName()!));
            }
        }
    }
}
