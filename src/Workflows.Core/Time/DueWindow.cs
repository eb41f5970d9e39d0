namespace Workflows.Core.Time;

/// <summary>
/// When a step is expected to finish: not before <see cref="Earliest"/> (set only by a ranged mutu baku)
/// and by <see cref="Due"/> (null when the SOP sets no standard, so the step can never be late).
/// </summary>
public sealed record DueWindow(DateTimeOffset? Earliest, DateTimeOffset? Due);
