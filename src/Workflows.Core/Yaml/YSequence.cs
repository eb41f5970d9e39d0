using Workflows.Core.Diagnostics;

namespace Workflows.Core.Yaml;

public sealed class YSequence(SourcePosition position) : YNode(position)
{
    private readonly List<YNode> items = [];
    private int size = 1;

    public IReadOnlyList<YNode> Items => items;

    public override int Size => size;

    public override string Describe => "a list";

    internal void Add(YNode item)
    {
        items.Add(item);
        size += item.Size;
    }
}
