using System.ComponentModel.DataAnnotations;

namespace Workflows.Infrastructure.Messaging;

/// <summary>The <c>Workflows:Bus</c> configuration section.</summary>
public sealed class BusOptions
{
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
}
