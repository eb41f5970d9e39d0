namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// One line of the append-only trail of away periods: who recorded or removed which period, and when. Away periods
/// move <c>pause_when_away</c> deadlines and hand work to a delegate, so every change of one is kept, like an instance's audit.
/// </summary>
public sealed class AwayAuditRow
{
    public long Id { get; init; }

    public required string Agency { get; init; }

    /// <summary>The user the period belongs to.</summary>
    public required string UserId { get; init; }

    public Guid PeriodId { get; init; }

    /// <summary>Who made the change.</summary>
    public required string Actor { get; init; }

    /// <summary><c>away-recorded</c> or <c>away-removed</c>.</summary>
    public required string Action { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The period as recorded (jsonb), with the delegate's actor roles the request stated.</summary>
    public required string Detail { get; init; }
}
