using Workflows.Infrastructure.Persistence;

namespace Workflows.Api.Views;

/// <summary>
/// A task in an inbox. <see cref="Overdue"/> compares the mutu baku due time with the server's clock;
/// <see cref="DueProvisional"/> when that due time counted office time on dates beyond the calendar's coverage.
/// </summary>
public sealed record TaskView(
    Guid Id,
    Guid InstanceId,
    string Definition,
    string BusinessKey,
    string Step,
    string Title,
    string Kind,
    string WaitingFor,
    string? ActorRole,
    string? Assignee,
    string Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset? Earliest,
    DateTimeOffset? Due,
    bool DueProvisional,
    bool Overdue,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    string? Outcome)
{
    /// <summary>The task, its times told in <paramref name="zone"/> (its instance's calendar's).</summary>
    public static TaskView From(TaskRow row, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(
            row.Id,
            row.InstanceId,
            row.DefinitionId,
            row.BusinessKey,
            row.StepId,
            row.StepTitle,
            row.Kind,
            row.WaitingFor,
            row.ActorRole,
            row.Assignee,
            row.Status,
            row.OpenedAt.In(zone),
            row.Earliest.In(zone),
            row.Due.In(zone),
            row.DueProvisional,
            row.Status == Infrastructure.Persistence.TaskStatuses.Open && row.Due < now,
            row.ClosedAt.In(zone),
            row.ClosedBy,
            row.Outcome);
    }
}
