using System.ComponentModel.DataAnnotations;

namespace Workflows.Infrastructure;

/// <summary>The <c>Workflows</c> configuration section.</summary>
public sealed class WorkflowsOptions
{
    public const string Section = "Workflows";

    /// <summary>The workflows folder: its <c>calendars/</c> and the definitions imported on first start.</summary>
    [Required]
    public string Root { get; set; } = "workflows";

    /// <summary>Import and publish every definition under <see cref="Root"/> whose id the database does not know yet.</summary>
    public bool ImportOnStart { get; set; } = true;

    /// <summary>Largest document accepted, in bytes (default 20 MiB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;
}
