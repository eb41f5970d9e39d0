using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Workflows.Contracts.V1;

/// <summary>
/// The signature that ties a <see cref="DeliverMessage"/> to its agency: HMAC-SHA256, with the secret the agency was
/// given, over <see cref="Canonical"/>. Senders call <see cref="Sign"/>; the server checks with <see cref="Verify"/>.
/// </summary>
public static class DeliverMessageSignature
{
    /// <summary>The prefix of <see cref="DeliverMessage.Signature"/>.</summary>
    public const string Scheme = "sha256=";

    /// <summary>The message with <see cref="DeliverMessage.Signature"/> set for <paramref name="key"/>.</summary>
    public static DeliverMessage Sign(DeliverMessage message, string key) =>
        (message ?? throw new ArgumentNullException(nameof(message))) with { Signature = Compute(message, key) };

    /// <summary><c>sha256=</c> and the lowercase hex HMAC-SHA256 of <see cref="Canonical"/> with <paramref name="key"/>.</summary>
    public static string Compute(DeliverMessage message, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Canonical(message));
        return Scheme + Convert.ToHexStringLower(mac);
    }

    /// <summary>Whether the message carries the signature <paramref name="key"/> gives it (compared in constant time).</summary>
    public static bool Verify(DeliverMessage message, string key)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Signature is not { } given || string.IsNullOrEmpty(key))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(message, key)), Encoding.ASCII.GetBytes(given));
    }

    /// <summary>
    /// The signed bytes: compact UTF-8 JSON, written by System.Text.Json's default writer, of
    /// <c>{"messageId","agency","messageName","instanceId","definitionId","businessKey","from","sentAt","data","documents"}</c>
    /// in that order. Absent values are <c>null</c>; <c>sentAt</c> is UTC as <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>;
    /// <c>data</c> is an object (<c>{}</c> when absent) whose keys, at every depth, are sorted ordinally, numbers as
    /// sent; <c>documents</c> is an array (<c>[]</c> when absent) of <c>{"type","fileName","contentType","sha256"}</c>,
    /// the last the lowercase hex SHA-256 of the content.
    /// </summary>
    public static byte[] Canonical(DeliverMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("messageId", message.MessageId.ToString("D"));
            json.WriteString("agency", message.Agency);
            json.WriteString("messageName", message.MessageName);
            json.WriteString("instanceId", message.InstanceId?.ToString("D"));
            json.WriteString("definitionId", message.DefinitionId);
            json.WriteString("businessKey", message.BusinessKey);
            json.WriteString("from", message.From);
            json.WriteString("sentAt", message.SentAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            json.WriteStartObject("data");
            foreach (var (name, value) in (message.Data ?? new Dictionary<string, JsonElement>()).OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                json.WritePropertyName(name);
                WriteValue(json, value);
            }

            json.WriteEndObject();
            json.WriteStartArray("documents");
            foreach (var document in message.Documents ?? [])
            {
                json.WriteStartObject();
                json.WriteString("type", document.Type);
                json.WriteString("fileName", document.FileName);
                json.WriteString("contentType", document.ContentType);
                json.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(document.Content ?? [])));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter json, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                json.WriteStartObject();
                foreach (var property in value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    json.WritePropertyName(property.Name);
                    WriteValue(json, property.Value);
                }

                json.WriteEndObject();
                break;
            case JsonValueKind.Array:
                json.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            case JsonValueKind.String:
                json.WriteStringValue(value.GetString());
                break;
            case JsonValueKind.Undefined:
                json.WriteNullValue();
                break;
            case JsonValueKind.Number:
            case JsonValueKind.True:
            case JsonValueKind.False:
            case JsonValueKind.Null:
                value.WriteTo(json);
                break;
        }
    }
}
