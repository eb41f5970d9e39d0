namespace Workflows.Core.Expressions;

/// <summary>
/// A node of a parsed condition. Nodes are immutable; <see cref="ToString"/> renders canonical condition text.
/// </summary>
/// <param name="Offset">
/// 0-based character offset into the condition text of the node's principal token: the first character of a
/// field, literal or list; the operator of a comparison, membership or logical node; the <c>not</c> of a negation.
/// </param>
public abstract record ConditionNode(int Offset)
{
    /// <summary>Binding strength used to decide where canonical text needs parentheses.</summary>
    internal abstract NodePrecedence Precedence { get; }

    /// <summary>Canonical condition text for this node.</summary>
    public abstract override string ToString();

    /// <summary>Renders <paramref name="child"/>, in parentheses when it binds more loosely than <paramref name="required"/>.</summary>
    internal static string Render(ConditionNode child, NodePrecedence required) =>
        child.Precedence < required ? $"({child})" : child.ToString();
}
