namespace Workflows.Infrastructure.Persistence;

/// <summary>The first answer to a state-changing request sent with an <c>Idempotency-Key</c>, replayed on retries.</summary>
public sealed class IdempotencyRow
{
    public required string UserId { get; init; }

    public required string Key { get; init; }

    public required string RequestHash { get; init; }

    public int StatusCode { get; set; }

    public string? ContentType { get; set; }

    public byte[]? Body { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
