using System.Text.Json;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Infrastructure.Messaging;

/// <summary>A message for a receive step, from the bus or from <c>POST /instances/{id}/messages/{name}</c>.</summary>
public sealed record InboundMessage(
    Guid? MessageId,
    string Agency,
    string Name,
    string? Sender,
    IReadOnlyDictionary<string, JsonElement> Data,
    IReadOnlyList<DocumentReference> Documents);
