namespace Workflows.Contracts.V1;

/// <summary>
/// What every event of the engine carries. Events are published after the transaction that caused them commits, at
/// least once: a consumer that must act once keys on <see cref="EventId"/> (also the bus message id).
/// </summary>
public interface IWorkflowEvent
{
    /// <summary>Unique per event; the same on every redelivery.</summary>
    Guid EventId { get; }

    /// <summary>When the change happened, on the server's clock.</summary>
    DateTimeOffset OccurredAt { get; }

    /// <summary>The agency the instance belongs to (e.g. <c>bkpsdm-magetan</c>).</summary>
    string Agency { get; }

    /// <summary>The instance.</summary>
    Guid InstanceId { get; }

    /// <summary>The definition id, e.g. <c>bkpsdm-magetan.usul-pertimbangan-teknis-pensiun</c>.</summary>
    string DefinitionId { get; }

    /// <summary>The instance's business key (a NIP, a letter number, ...).</summary>
    string BusinessKey { get; }
}
