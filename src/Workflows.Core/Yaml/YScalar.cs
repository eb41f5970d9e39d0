using Workflows.Core.Diagnostics;

namespace Workflows.Core.Yaml;

public sealed class YScalar(SourcePosition position, string value, bool plain) : YNode(position)
{
    public string Value { get; } = value;

    /// <summary>True for unquoted scalars: only those can mean null, booleans or numbers.</summary>
    public bool IsPlain { get; } = plain;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Where the text itself starts: inside the quote for quoted scalars, so offsets into the text land right.</summary>
    public SourcePosition ContentPosition => IsPlain ? Position : Position with { Column = Position.Column + 1 };

    public override int Size => 1;

    public override string Describe => "a single value";
}
