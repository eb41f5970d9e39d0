using Microsoft.Extensions.Options;
using Workflows.Contracts.V1;

namespace Workflows.Infrastructure.Messaging;

/// <summary>
/// Ties a bus message to its agency: anyone who can reach the broker can put a <see cref="DeliverMessage"/> on it and
/// name any agency, so the message counts only when it carries the signature of that agency's key
/// (<c>Workflows:Bus:AgencyKeys</c>). An agency without a key receives nothing from the bus.
/// </summary>
public sealed class AgencySignatures(IOptions<BusOptions> options)
{
    /// <summary>Why the message is not the agency's own, or null when its signature holds.</summary>
    public string? Refusal(DeliverMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!options.Value.AgencyKeys.TryGetValue(message.Agency ?? string.Empty, out var key))
        {
            return $"The agency '{message.Agency}' has no bus signing key configured, so no bus message for it is accepted.";
        }

        if (message.Signature is null)
        {
            return "The message carries no signature; sign it with the agency's key (DeliverMessageSignature.Sign).";
        }

        return DeliverMessageSignature.Verify(message, key)
            ? null
            : $"The message's signature does not match the key of '{message.Agency}' (signed with another key, or altered on the way).";
    }
}
