namespace Workflows.Infrastructure.Deadlines;

/// <summary>
/// What the timer runner needs of an instance, read without its state. <see cref="DueProvisional"/> when the
/// service-standard <see cref="Due"/> counted dates beyond the calendar's coverage.
/// </summary>
internal sealed record InstanceHead(
    Guid Id, string Agency, string DefinitionId, int Version, string BusinessKey, string Status, DateTimeOffset? Due, bool DueProvisional);
