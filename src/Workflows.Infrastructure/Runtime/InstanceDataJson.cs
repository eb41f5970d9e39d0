using System.Buffers;
using System.Text.Json;
using Workflows.Core.Runtime;

namespace Workflows.Infrastructure.Runtime;

/// <summary>Instance data as the UTF-8 JSON of one object, each value written as its declared type.</summary>
public static class InstanceDataJson
{
    public static ReadOnlyMemory<byte> Write(IEnumerable<KeyValuePair<string, object?>> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in data)
            {
                writer.WritePropertyName(name);
                InstanceData.WriteValue(writer, value);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }
}
