using System.ComponentModel.DataAnnotations;

namespace Workflows.Infrastructure.Deadlines;

/// <summary>The <c>Workflows:Away</c> configuration section: how much away time one user may record.</summary>
public sealed class AwayOptions
{
    public const string Section = "Workflows:Away";

    /// <summary>Longest period one entry may cover, in calendar days (cuti besar is up to three months).</summary>
    [Range(1, 366)]
    public int MaxDays { get; set; } = 90;

    /// <summary>Current and coming periods one user may have at once.</summary>
    [Range(1, 100)]
    public int MaxPeriods { get; set; } = 5;
}
