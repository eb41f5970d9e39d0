using System.ComponentModel.DataAnnotations;

namespace Workflows.Infrastructure.Messaging;

/// <summary>The <c>Workflows:Bus</c> configuration section.</summary>
public sealed class BusOptions : IValidatableObject
{
    /// <summary>The shortest agency key accepted: an HMAC-SHA256 key should carry at least 256 bits.</summary>
    public const int MinKeyLength = 32;

    public const string Section = "Workflows:Bus";

    /// <summary>
    /// A RabbitMQ URL (<c>amqp://user:pass@host:5672/vhost</c>); empty keeps the embedded default, MassTransit's
    /// in-memory transport.
    /// </summary>
    public string? RabbitMq { get; set; }

    /// <summary>Events relayed per transaction.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>How long one relay batch may wait for the broker before it is tried again later.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Redeliveries of a failing inbound message before it goes to the error queue.</summary>
    [Range(0, 20)]
    public int Retries { get; set; } = 5;

    /// <summary>
    /// Each agency's secret for signing <c>DeliverMessage</c> (<c>Workflows:Bus:AgencyKeys:&lt;agency&gt;</c>). A message
    /// for an agency without a key here is refused.
    /// </summary>
    public Dictionary<string, string> AgencyKeys { get; init; } = new(StringComparer.Ordinal);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        AgencyKeys.Where(k => k.Value is null || k.Value.Length < MinKeyLength).Select(k => new ValidationResult(
            $"{Section}:AgencyKeys:{k.Key} must be at least {MinKeyLength} characters long.", [nameof(AgencyKeys)]));
}
