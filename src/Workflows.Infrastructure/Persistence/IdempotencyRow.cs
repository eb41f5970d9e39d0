namespace Workflows.Infrastructure.Persistence;

/// <summary>
/// The first answer to a state-changing request sent with an <c>Idempotency-Key</c>, replayed on retries. A key belongs
/// to one user: the token's issuer, agency and subject together (the same user id exists in many agencies).
/// </summary>
public sealed class IdempotencyRow
{
    public required string Issuer { get; init; }

    public required string Agency { get; init; }

    public required string Subject { get; init; }

    public required string Key { get; init; }

    public required string RequestHash { get; init; }

    public int StatusCode { get; set; }

    public string? ContentType { get; set; }

    public byte[]? Body { get; set; }

    /// <summary>What the stored answer leaves out of the original (e.g. <c>secret</c>), said again on every replay.</summary>
    public string? Redacted { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
