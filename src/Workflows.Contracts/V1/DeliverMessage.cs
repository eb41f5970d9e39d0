using System.Text.Json;

namespace Workflows.Contracts.V1;

/// <summary>
/// A command in: a message (with documents) for a waiting <c>receive</c> step. It names the instance by
/// <paramref name="InstanceId"/>, or by <paramref name="DefinitionId"/> and <paramref name="BusinessKey"/> (the running
/// instance of that definition with that key). A message that comes before the instance reaches its receive step is kept and
/// consumed when it gets there; one that matches no instance is recorded for administrators. Redelivery of the same
/// <paramref name="MessageId"/> changes nothing. The server acts only on a message signed with its agency's key
/// (<see cref="DeliverMessageSignature.Sign"/>); any other is refused and recorded, never acted on.
/// </summary>
/// <param name="MessageId">Unique per message, never <see cref="Guid.Empty"/> (refused); duplicates are ignored.</param>
/// <param name="Agency">The agency of the instance.</param>
/// <param name="MessageName">The receive step's message name (default: its step id).</param>
/// <param name="InstanceId">The instance, if known.</param>
/// <param name="DefinitionId">The definition, when correlating by business key.</param>
/// <param name="BusinessKey">The business key, when correlating by it.</param>
/// <param name="From">Who sends it (e.g. <c>bkn</c>), for the audit trail.</param>
/// <param name="Data">Instance data fields the message sets.</param>
/// <param name="Documents">The documents it brings.</param>
public sealed record DeliverMessage(
    Guid MessageId,
    string Agency,
    string MessageName,
    Guid? InstanceId,
    string? DefinitionId,
    string? BusinessKey,
    string? From,
    IReadOnlyDictionary<string, JsonElement>? Data,
    IReadOnlyList<MessageDocument>? Documents)
{
    /// <summary>When the sender sent it; part of what the signature covers. Optional.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>
    /// <c>sha256=HEX</c>: HMAC-SHA256 with the key of <see cref="Agency"/> over the canonical form of the message
    /// (<see cref="DeliverMessageSignature.Canonical"/>). Set it with <see cref="DeliverMessageSignature.Sign"/>.
    /// </summary>
    public string? Signature { get; init; }
}

/// <summary>A document carried by <see cref="DeliverMessage"/>.</summary>
/// <param name="Type">Its document type in the definition.</param>
/// <param name="FileName">A file name.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="Content">The bytes.</param>
public sealed record MessageDocument(string Type, string FileName, string ContentType, byte[] Content);
