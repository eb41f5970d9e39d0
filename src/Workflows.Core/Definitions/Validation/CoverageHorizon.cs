namespace Workflows.Core.Definitions.Validation;

/// <summary>
/// The calendars whose holiday list has an end, seen from one moment: lint WL006 warns a definition whose calendar runs
/// out within <see cref="WarningDays"/>, because its due times will soon be provisional. A calendar without
/// <c>covers</c> claims every date and is not listed.
/// </summary>
public sealed record CoverageHorizon(IReadOnlyDictionary<string, CoveredCalendar> Calendars, DateTimeOffset Now)
{
    /// <summary>
    /// A quarter ahead: the joint decree for the next year is usually signed in September or October, so the warning
    /// starts early in October and leaves time to copy it into the calendar file.
    /// </summary>
    public const int WarningDays = 90;
}
