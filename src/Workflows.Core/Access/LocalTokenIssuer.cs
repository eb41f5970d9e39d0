using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Workflows.Core.Access;

/// <summary>
/// Mints the HS256 JWTs that the server accepts in its embedded default mode, signed with a local shared secret.
/// The signing key is the UTF-8 bytes of the secret.
/// </summary>
public sealed class LocalTokenIssuer
{
    public const string Issuer = "workflows-local";
    public const string Audience = "workflows";
    public const string Algorithm = "HS256";

    /// <summary>HS256 needs a key at least as long as its 256-bit hash (RFC 7518 §3.2).</summary>
    public const int MinimumKeyBytes = 32;

    private readonly byte[] key;
    private readonly TimeProvider time;

    /// <exception cref="ArgumentException">The secret is shorter than <see cref="MinimumKeyBytes"/> in UTF-8.</exception>
    public LocalTokenIssuer(string secret, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(time);
        key = Encoding.UTF8.GetBytes(secret);
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException(
                $"the signing key is {key.Length} bytes; HS256 needs at least {MinimumKeyBytes}", nameof(secret));
        }

        this.time = time;
    }

    /// <summary>The compact serialization <c>header.payload.signature</c>, base64url without padding.</summary>
    public string Issue(TokenRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Lifetime, TimeSpan.Zero, nameof(request));

        var header = Base64Url.EncodeToString(Json(w =>
        {
            w.WriteString("alg", Algorithm);
            w.WriteString("typ", "JWT");
        }));
        var payload = Base64Url.EncodeToString(Json(w => WriteClaims(w, request)));
        var signingInput = $"{header}.{payload}";
        var signature = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(signingInput));
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }

    private void WriteClaims(Utf8JsonWriter writer, TokenRequest request)
    {
        var now = time.GetUtcNow();
        writer.WriteString(TokenClaims.Subject, request.User);
        if (request.Name is not null)
        {
            writer.WriteString(TokenClaims.Name, request.Name);
        }

        writer.WriteString(TokenClaims.Agency, request.Agency);
        WriteArray(writer, TokenClaims.Roles, request.Roles);
        WriteArray(writer, TokenClaims.Actors, request.Actors);
        writer.WriteString(TokenClaims.Issuer, Issuer);
        writer.WriteString(TokenClaims.Audience, Audience);
        writer.WriteNumber(TokenClaims.IssuedAt, now.ToUnixTimeSeconds());
        writer.WriteNumber(TokenClaims.NotBefore, now.ToUnixTimeSeconds());
        writer.WriteNumber(TokenClaims.Expires, (now + request.Lifetime).ToUnixTimeSeconds());
        writer.WriteString(TokenClaims.TokenId, Guid.NewGuid().ToString("D"));
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static ReadOnlySpan<byte> Json(Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan;
    }
}
