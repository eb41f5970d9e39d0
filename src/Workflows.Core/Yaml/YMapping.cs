using Workflows.Core.Diagnostics;

namespace Workflows.Core.Yaml;

public sealed class YMapping(SourcePosition position) : YNode(position)
{
    private readonly List<KeyValuePair<YScalar, YNode>> entries = [];

    // Keys are looked up once per entry while reading (duplicates) and once per known key while mapping onto DTOs;
    // a scan of the entries for each would make a mapping with many keys cost their square.
    private readonly Dictionary<string, int> indexByKey = new(StringComparer.Ordinal);
    private int size = 1;

    /// <summary>Entries in file order; duplicate keys were rejected while reading.</summary>
    public IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries => entries;

    public override int Size => size;

    public override string Describe => "a mapping";

    public YNode? this[string key] => indexByKey.TryGetValue(key, out var index) ? entries[index].Value : null;

    public YScalar? KeyOf(string key) => indexByKey.TryGetValue(key, out var index) ? entries[index].Key : null;

    internal bool ContainsKey(string key) => indexByKey.ContainsKey(key);

    internal void Add(YScalar key, YNode value)
    {
        indexByKey.Add(key.Value, entries.Count);
        entries.Add(new(key, value));
        size += 1 + value.Size;
    }
}
