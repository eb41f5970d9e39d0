using Workflows.Core.Deadlines;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>
/// A timer claimed and marked fired, with the facts acting on it needs: its instance (null should the row be gone), its
/// task (null for an instance deadline), and for a deadline with an assignee the periods that assignee was away since
/// the task opened (a <c>pause_when_away</c> step moves its deadline on by them).
/// </summary>
internal sealed record FiredTimer(
    Guid Id, string Kind, int Level, DateTimeOffset DueAt, InstanceHead? Instance, TaskHead? Task, IReadOnlyList<AwayPeriod> Away);
