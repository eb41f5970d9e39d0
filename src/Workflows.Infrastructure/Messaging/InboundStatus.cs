namespace Workflows.Infrastructure.Messaging;

/// <summary>What became of a message from outside.</summary>
public enum InboundStatus
{
    /// <summary>A waiting receive step took it.</summary>
    Delivered,

    /// <summary>Kept until the instance reaches the receive step that takes it.</summary>
    Held,

    /// <summary>No instance matches it; recorded for administrators.</summary>
    Unmatched,

    /// <summary>The instance refused it (wrong documents, data, ...); recorded with the reason.</summary>
    Rejected,

    /// <summary>Not acted on: no message id, or not signed with its agency's key; recorded with the reason.</summary>
    Refused,

    /// <summary>The same message id was handled before; nothing changed.</summary>
    Duplicate,
}
