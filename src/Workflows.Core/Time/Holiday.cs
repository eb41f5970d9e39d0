namespace Workflows.Core.Time;

/// <summary>A day off, by local date of the calendar's zone.</summary>
public sealed record Holiday(DateOnly Date, HolidayKind Kind, string Name);
