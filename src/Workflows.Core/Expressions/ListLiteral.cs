using System.Collections.Immutable;

namespace Workflows.Core.Expressions;

/// <summary>A list of constants, <c>['a', 'b']</c>; only allowed as the right operand of <c>in</c>.</summary>
public sealed record ListLiteral(int Offset, ImmutableArray<Literal> Items) : ConditionNode(Offset)
{
    internal override NodePrecedence Precedence => NodePrecedence.Operand;

    public override string ToString() => "[" + string.Join(", ", Items) + "]";

    /// <summary>Lists are equal when their offsets and items are equal, item by item.</summary>
    public bool Equals(ListLiteral? other) =>
        other is not null && Offset == other.Offset && Items.AsSpan().SequenceEqual(other.Items.AsSpan());

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Offset);
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
