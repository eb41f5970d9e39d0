using Workflows.Core.Diagnostics;

namespace Workflows.Core.Yaml;

public sealed class YMapping(SourcePosition position) : YNode(position)
{
    private readonly List<KeyValuePair<YScalar, YNode>> entries = [];
    private int size = 1;

    /// <summary>Entries in file order; duplicate keys were rejected while reading.</summary>
    public IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries => entries;

    public override int Size => size;

    public override string Describe => "a mapping";

    public YNode? this[string key] => entries.Find(e => e.Key.Value == key).Value;

    public YScalar? KeyOf(string key) => entries.Find(e => e.Key.Value == key).Key;

    internal bool ContainsKey(string key) => entries.Exists(e => e.Key.Value == key);

    internal void Add(YScalar key, YNode value)
    {
        entries.Add(new(key, value));
        size += 1 + value.Size;
    }
}
