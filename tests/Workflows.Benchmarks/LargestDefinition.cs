using System.Text;
using Workflows.Core.Yaml;

namespace Workflows.Benchmarks;

/// <summary>
/// The largest definition the reader lets in: a valid SOP whose <c>roles</c> mapping has as many keys as the node
/// limit allows, in flow style so that the file also stays just under the byte limit. Many keys in one mapping is
/// the shape whose reading was once quadratic.
/// </summary>
internal static class LargestDefinition
{
    private const string Header = "schema: workflows/v1\nid: bench.terbesar\ntitle: Definisi terbesar\nagency: bench\nroles: {\n";
    private const string Steps = "steps:\n  - { id: mulai, kind: task, actor: '0', next: selesai }\n  - { id: selesai, kind: end }\n";

    // The root and section mappings, the header and step scalars: well under this many nodes besides the roles.
    private const int OtherNodes = 64;

    public static (byte[] Yaml, int Keys) Build(YamlLimits limits)
    {
        var keys = (limits.MaxNodes - OtherNodes) / 2;
        var yaml = new StringBuilder(Header);
        for (var i = 0; i < keys; i++)
        {
            yaml.Append(i % 10 == 0 ? "\n  " : " ").Append(Base36(i)).Append(": x,");
        }

        var bytes = Encoding.UTF8.GetBytes(yaml.Append("\n}\n").Append(Steps).ToString());
        return bytes.Length <= limits.MaxBytes
            ? (bytes, keys)
            : throw new InvalidOperationException($"the largest definition is {bytes.Length:N0} bytes, above the limit of {limits.MaxBytes:N0}");
    }

    private static string Base36(int value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        var text = new StringBuilder();
        do
        {
            text.Insert(0, digits[value % 36]);
            value /= 36;
        }
        while (value > 0);
        return text.ToString();
    }
}
