namespace Workflows.Core.Expressions;

/// <summary><c>not operand</c> (also written <c>!operand</c>); <see cref="ConditionNode.Offset"/> is the <c>not</c>'s.</summary>
public sealed record Negation(int Offset, ConditionNode Operand) : ConditionNode(Offset)
{
    internal override NodePrecedence Precedence => NodePrecedence.Not;

    public override string ToString() => $"not {Render(Operand, NodePrecedence.Not)}";
}
