namespace Workflows.Infrastructure.Persistence;

/// <summary>A period a user is out of office (dinas luar, cuti), with an optional delegate who takes their tasks.</summary>
public sealed class AwayRow
{
    public Guid Id { get; init; }

    public required string Agency { get; init; }

    public required string UserId { get; init; }

    public DateTimeOffset StartsAt { get; init; }

    public DateTimeOffset EndsAt { get; init; }

    /// <summary><c>dinas-luar</c>, <c>cuti</c> or <c>lainnya</c>.</summary>
    public required string Kind { get; init; }

    public string? Delegate { get; init; }

    public string? Note { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
