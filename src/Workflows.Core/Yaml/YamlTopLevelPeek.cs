using Workflows.Core.Definitions.V1;
using Workflows.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Workflows.Core.Yaml;

/// <summary>
/// Finds one top-level scalar (such as a definition's <c>id</c>) by streaming parser events and stopping there,
/// so that cataloguing a folder does not build every file's tree only to read it again.
/// </summary>
public static class YamlTopLevelPeek
{
    public static Located<string>? Find(ReadOnlySpan<byte> bytes, string key)
    {
        if (bytes.Length > YamlLimits.Default.MaxBytes || YamlTreeReader.Decode(bytes, new DiagnosticBag("")) is not { } text)
        {
            return null;
        }

        try
        {
            var parser = new Parser(new StringReader(text));
            var depth = 0;
            var atKey = true;
            var wanted = false;
            while (parser.MoveNext())
            {
                var e = parser.Current;
                if (e is MappingStart or SequenceStart)
                {
                    if (wanted || (depth == 0 && e is SequenceStart))
                    {
                        return null;
                    }

                    depth++;
                }
                else if (e is MappingEnd or SequenceEnd)
                {
                    // Back at the top level, a nested value is complete and a key comes next.
                    atKey = --depth == 1 || atKey;
                    if (depth == 0)
                    {
                        return null;
                    }
                }
                else if (depth == 1 && e is Scalar or AnchorAlias)
                {
                    if (wanted)
                    {
                        return e is Scalar value ? new Located<string>(value.Value, YamlTreeReader.Position(value.Start)) : null;
                    }

                    wanted = atKey && e is Scalar name && name.Value == key;
                    atKey = !atKey;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // A file the peek cannot read is reported in full when it is loaded.
        }

        return null;
    }
}
