namespace Workflows.Core.Expressions;

/// <summary>
/// <c>operand in [..]</c> or, when <see cref="IsNegated"/>, <c>operand not in [..]</c>;
/// <see cref="ConditionNode.Offset"/> is that of <c>in</c> (or of the <c>not</c> of <c>not in</c>).
/// </summary>
public sealed record Membership(int Offset, ConditionNode Operand, ListLiteral List, bool IsNegated)
    : ConditionNode(Offset)
{
    internal override NodePrecedence Precedence => NodePrecedence.Comparison;

    public override string ToString() =>
        $"{Render(Operand, NodePrecedence.Operand)} {(IsNegated ? "not in" : "in")} {List}";
}
