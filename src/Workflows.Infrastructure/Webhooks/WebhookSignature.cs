using System.Security.Cryptography;
using System.Text;

namespace Workflows.Infrastructure.Webhooks;

/// <summary>
/// How a webhook POST is signed: <c>X-Workflows-Signature: sha256=HEX</c>, the HMAC-SHA256 with the webhook's secret
/// of <c>{X-Workflows-Timestamp}.{body}</c>. A receiver recomputes it, compares in constant time, and refuses old
/// timestamps to stop replays.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-Workflows-Signature";
    public const string TimestampHeader = "X-Workflows-Timestamp";
    public const string EventHeader = "X-Workflows-Event";
    public const string EventIdHeader = "X-Workflows-Event-Id";

    public static string Compute(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    public static bool Verify(string secret, long timestamp, string body, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));

    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
