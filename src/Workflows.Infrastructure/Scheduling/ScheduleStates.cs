namespace Workflows.Infrastructure.Scheduling;

/// <summary>Where a definition's schedule stands, stored as text and shown as is on the definition.</summary>
public static class ScheduleStates
{
    /// <summary>No schedule: none declared, or the definition is unpublished or retired.</summary>
    public const string None = "none";

    /// <summary>Its next fire is stored and a start job waits for it.</summary>
    public const string Active = "active";

    /// <summary>The validator or the scheduler refused it; the error says why. Nothing starts until a new version is published.</summary>
    public const string Failed = "failed";

    /// <summary>Its year field ran out: it fired for the last time.</summary>
    public const string Expired = "expired";
}
