namespace Workflows.Infrastructure.Deadlines;

/// <summary>A paused deadline moved on: the task's new due time and the deadline timer (<see cref="TimerId"/>) that waits for it.</summary>
internal sealed record DueMove(Guid TaskId, DateTimeOffset Due, bool Provisional, Guid TimerId);
