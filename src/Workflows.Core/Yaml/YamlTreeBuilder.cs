using Workflows.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Workflows.Core.Yaml;

/// <summary>Turns parser events into nodes with an explicit stack; returns false from <see cref="Accept"/> to stop reading.</summary>
internal sealed class YamlTreeBuilder(DiagnosticBag bag, YamlLimits limits)
{
    private readonly Stack<Frame> stack = new();
    private readonly Dictionary<string, YNode> anchors = new(StringComparer.Ordinal);
    private long nodes;
    private int documents;

    public YNode? Root { get; private set; }

    /// <summary>Where the last event the parser delivered ends.</summary>
    public SourcePosition LastPosition { get; private set; } = SourcePosition.Start;

    public bool Accept(ParsingEvent e)
    {
        LastPosition = YamlTreeReader.Position(e.End);
        switch (e)
        {
            case DocumentStart:
                if (++documents > 1)
                {
                    return Fail(DiagnosticCodes.YamlSyntax, e.Start, "a definition file holds exactly one YAML document");
                }

                return true;
            case Scalar s:
                return CheckTag(s.Tag, s.Start) && Add(new YScalar(YamlTreeReader.Position(s.Start), s.Value, s.Style == ScalarStyle.Plain), s.Anchor, s.Start);
            case SequenceStart s:
                return CheckTag(s.Tag, s.Start) && Open(new YSequence(YamlTreeReader.Position(s.Start)), s.Anchor, s.Start);
            case MappingStart m:
                return CheckTag(m.Tag, m.Start) && Open(new YMapping(YamlTreeReader.Position(m.Start)), m.Anchor, m.Start);
            case SequenceEnd or MappingEnd:
                var done = stack.Pop();
                return Complete(done.Node, done.Anchor, e.Start);
            case AnchorAlias alias:
                return Alias(alias);
            default:
                return true;
        }
    }

    private bool Alias(AnchorAlias alias)
    {
        if (!anchors.TryGetValue(alias.Value.Value, out var target))
        {
            return Fail(DiagnosticCodes.YamlSyntax, alias.Start, $"alias '*{alias.Value.Value}' refers to no complete anchor");
        }

        // The shared node is walked once per alias by everything downstream, so it costs its full size again.
        nodes += target.Size - 1;
        return Attach(target, alias.Start);
    }

    private bool Open(YNode node, AnchorName anchor, Mark at)
    {
        if (stack.Count >= limits.MaxDepth)
        {
            return Fail(DiagnosticCodes.InputLimit, at, $"nesting is deeper than {limits.MaxDepth} levels");
        }

        if (stack.TryPeek(out var parent) && parent.Node is YMapping && parent.Key is null && !parent.SkipValue)
        {
            return Fail(DiagnosticCodes.YamlSyntax, at, "mapping keys must be plain text, not lists or mappings");
        }

        if (!Count(at))
        {
            return false;
        }

        stack.Push(new Frame(node, anchor.IsEmpty ? null : anchor.Value));
        return true;
    }

    private bool Add(YScalar scalar, AnchorName anchor, Mark at) =>
        Count(at) && Complete(scalar, anchor.IsEmpty ? null : anchor.Value, at);

    private bool Complete(YNode node, string? anchor, Mark at)
    {
        if (anchor is not null)
        {
            anchors[anchor] = node;
        }

        return Attach(node, at);
    }

    private bool Attach(YNode node, Mark at)
    {
        if (nodes > limits.MaxNodes)
        {
            return Fail(DiagnosticCodes.InputLimit, at, $"document expands to more than {limits.MaxNodes:N0} nodes (alias bomb?)");
        }

        if (!stack.TryPeek(out var parent))
        {
            Root = node;
            return true;
        }

        if (parent.Node is YSequence sequence)
        {
            sequence.Add(node);
            return true;
        }

        var mapping = (YMapping)parent.Node;
        if (parent.Key is null && !parent.SkipValue)
        {
            if (node is not YScalar key)
            {
                return Fail(DiagnosticCodes.YamlSyntax, at, "mapping keys must be plain text, not lists or mappings");
            }

            if (mapping.ContainsKey(key.Value))
            {
                bag.Error(DiagnosticCodes.DuplicateKey, key.Position, $"duplicate key '{key.Value}'");
                parent.SkipValue = true;
            }
            else
            {
                parent.Key = key;
            }

            return true;
        }

        if (parent.Key is not null)
        {
            mapping.Add(parent.Key, node);
        }

        parent.Key = null;
        parent.SkipValue = false;
        return true;
    }

    private bool Count(Mark at) =>
        ++nodes <= limits.MaxNodes || Fail(DiagnosticCodes.InputLimit, at, $"document has more than {limits.MaxNodes:N0} nodes");

    private bool CheckTag(TagName tag, Mark at) =>
        tag.IsEmpty || tag.IsNonSpecific || Fail(DiagnosticCodes.YamlSyntax, at, $"YAML tags such as '{tag.Value}' are not supported");

    private bool Fail(string code, Mark at, string message)
    {
        bag.Error(code, YamlTreeReader.Position(at), message);
        return false;
    }

    private sealed class Frame(YNode node, string? anchor)
    {
        public YNode Node { get; } = node;

        public string? Anchor { get; } = anchor;

        public YScalar? Key { get; set; }

        public bool SkipValue { get; set; }
    }
}
