namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// An instance. <see cref="State"/> (jsonb) is the engine's state and the source of truth; the other columns are copies
/// for queries. <see cref="Revision"/> is the optimistic concurrency token: every command bumps it.
/// </summary>
public sealed class InstanceRow
{
    public Guid Id { get; init; }

    public required string Agency { get; init; }

    public required string DefinitionId { get; init; }

    public int DefinitionVersion { get; init; }

    public required string BusinessKey { get; init; }

    public required string Status { get; set; }

    public string? Result { get; set; }

    public required string State { get; set; }

    public required string StartedBy { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? Due { get; set; }

    /// <summary>The service-standard due time counted dates outside its calendar's coverage.</summary>
    public bool DueProvisional { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public Guid? ParentInstanceId { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Revision { get; set; }
}
