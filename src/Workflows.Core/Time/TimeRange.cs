namespace Workflows.Core.Time;

/// <summary>
/// One stretch of office time within a day, start inclusive and end exclusive. Not validated here:
/// <see cref="WeeklyHours"/> checks its ranges so that the error can name the day.
/// </summary>
public readonly record struct TimeRange(TimeOnly Start, TimeOnly End)
{
    public TimeSpan Length => End - Start;

    public override string ToString() => $"{Start:HH\\:mm}–{End:HH\\:mm}";
}
