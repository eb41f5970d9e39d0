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

    /// <summary>
    /// Apply pending migrations at start. A deployment with a separate migration step (<c>Workflows:MigrateOnly</c> as
    /// the owner role) turns it off, and a server then refuses to start on a database that is not migrated.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Largest document accepted, in bytes (default 20 MiB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Largest JSON request body accepted, in bytes (default 1 MiB); a larger one is refused with 413.</summary>
    [Range(1, long.MaxValue)]
    public long MaxJsonBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Media types a document may have (<c>type/*</c> allows a family); anything else is refused with 415. The default
    /// covers what SOP files are: PDF, images, office documents and text.
    /// </summary>
    public List<string> AllowedDocumentTypes { get; set; } =
    [
        "application/pdf", "image/*", "text/plain", "text/csv",
        "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet", "application/zip",
    ];

    /// <summary>How long an <c>Idempotency-Key</c> is remembered: a retry within it gets the first answer back; older records are deleted.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Whether <paramref name="contentType"/> (parameters ignored) is one of <see cref="AllowedDocumentTypes"/>.</summary>
    public bool AllowsDocumentType(string? contentType)
    {
        var type = contentType?.Split(';')[0].Trim().ToLowerInvariant() ?? "";
        return type.Length > 0 && AllowedDocumentTypes.Any(allowed =>
            allowed.EndsWith("/*", StringComparison.Ordinal)
                ? type.StartsWith(allowed[..^1], StringComparison.OrdinalIgnoreCase)
                : string.Equals(type, allowed, StringComparison.OrdinalIgnoreCase));
    }
}
