namespace Workflows.Core.Time;

/// <summary>The units a mutu baku can be written in. Years are not a unit: "N tahun" is read as 12N months.</summary>
public enum DurationUnit
{
    Minutes,
    Hours,
    WorkingDays,
    CalendarDays,
    Weeks,
    Months,
}
