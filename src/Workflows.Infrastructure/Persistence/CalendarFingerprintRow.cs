namespace Workflows.Infrastructure.Persistence;

/// <summary>The content of a calendar (after <c>extends</c>) as the last start-up found it, to notice a changed file.</summary>
public sealed class CalendarFingerprintRow
{
    public required string CalendarId { get; init; }

    public required string Fingerprint { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
