using Workflows.Core.Diagnostics;

namespace Workflows.Core.Yaml;

/// <summary>
/// A node of a parsed YAML document with its position. Built by <see cref="YamlTreeReader"/> instead of
/// YamlDotNet's representation model so that depth, size and alias expansion stay bounded.
/// </summary>
public abstract class YNode(SourcePosition position)
{
    public SourcePosition Position { get; } = position;

    /// <summary>Number of nodes in this subtree; an alias to it costs this much again.</summary>
    public abstract int Size { get; }

    public abstract string Describe { get; }
}
