namespace Workflows.Infrastructure.Calendars;

/// <summary>
/// What re-timing the instances on <see cref="Calendars"/> would change now: how many due times move and by how much, and
/// which tasks would be overdue at once. <see cref="Sample"/> lists at most <see cref="SampleSize"/> of the moves,
/// the ones becoming overdue first.
/// </summary>
public sealed record RetimePreview(
    IReadOnlyList<string> Calendars,
    int InstancesSeen,
    int TasksMoved,
    int InstancesMoved,
    int OverdueAtOnce,
    TimeSpan? EarliestShift,
    TimeSpan? LatestShift,
    IReadOnlyList<DueChange> Sample)
{
    public const int SampleSize = 100;
}
