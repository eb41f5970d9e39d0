using System.ComponentModel.DataAnnotations;

namespace Workflows.Infrastructure.Webhooks;

/// <summary>The <c>Workflows:Webhooks</c> configuration section.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Workflows:Webhooks";

    /// <summary>Tries per delivery before it is marked failed.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait after the first failure; doubled after each further one.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait between tries.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetry { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long one POST may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Development only: webhooks may go to loopback, over plain http. Off by default and in every deployment; a
    /// webhook otherwise goes over https to a public address.
    /// </summary>
    public bool AllowLoopbackHttp { get; set; }

    /// <summary>Webhooks one agency may register.</summary>
    [Range(1, 1000)]
    public int MaxPerAgency { get; set; } = 20;
}
