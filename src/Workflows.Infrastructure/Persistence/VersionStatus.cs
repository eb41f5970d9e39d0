namespace Workflows.Infrastructure.Persistence;

/// <summary>The life of a definition version, stored as text.</summary>
public static class VersionStatus
{
    public const string Draft = "draft";

    /// <summary>The version new instances start on (at most one per definition).</summary>
    public const string Published = "published";

    /// <summary>Was published; a later version replaced it. Instances started on it keep running on it.</summary>
    public const string Superseded = "superseded";
}
