namespace Workflows.Api.Contract;

/// <summary>
/// Endpoint metadata: the stored answer a replay gets back leaves out <paramref name="Removed"/> (something shown only
/// once, kept from the idempotency store by <c>ReplayRedaction</c>), and the replay names it in <c>Idempotent-Redacted</c>.
/// </summary>
public sealed record ReplayRedacted(string Removed);
