namespace Workflows.Core.Time;

/// <summary>
/// When a step is expected to finish: not before <see cref="Earliest"/> (set only by a ranged mutu baku)
/// and by <see cref="Due"/> (null when the SOP sets no standard, so the step can never be late).
/// <see cref="Provisional"/> when the computation counted days outside the calendar's coverage, where holidays
/// the decree has not yet set may still move it.
/// </summary>
public sealed record DueWindow(DateTimeOffset? Earliest, DateTimeOffset? Due, bool Provisional = false);
