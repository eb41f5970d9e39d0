namespace Workflows.Core.Expressions;

/// <summary><c>left and right</c> or <c>left or right</c>; <see cref="ConditionNode.Offset"/> is the operator's.</summary>
public sealed record Logical(int Offset, LogicalOperator Operator, ConditionNode Left, ConditionNode Right)
    : ConditionNode(Offset)
{
    internal override NodePrecedence Precedence =>
        Operator == LogicalOperator.And ? NodePrecedence.And : NodePrecedence.Or;

    /// <summary>The operator as written in canonical text: <c>and</c> or <c>or</c>.</summary>
    public string Keyword => Operator == LogicalOperator.And ? "and" : "or";

    // Both operators are left-associative: a right operand of the same precedence keeps its parentheses.
    public override string ToString() =>
        $"{Render(Left, Precedence)} {Keyword} {Render(Right, Precedence + 1)}";
}
