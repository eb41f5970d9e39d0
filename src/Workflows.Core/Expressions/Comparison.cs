namespace Workflows.Core.Expressions;

/// <summary><c>left op right</c> with one of <c>== != &lt; &lt;= &gt; &gt;=</c>; <see cref="ConditionNode.Offset"/> is the operator's.</summary>
public sealed record Comparison(int Offset, ComparisonOperator Operator, ConditionNode Left, ConditionNode Right)
    : ConditionNode(Offset)
{
    internal override NodePrecedence Precedence => NodePrecedence.Comparison;

    /// <summary><c>true</c> for <c>&lt; &lt;= &gt; &gt;=</c>, which need orderable operands.</summary>
    public bool IsOrdering => Operator is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual);

    /// <summary>The operator as written in canonical text, e.g. <c>&lt;=</c>.</summary>
    public string Symbol => SymbolOf(Operator);

    public override string ToString() =>
        $"{Render(Left, NodePrecedence.Operand)} {Symbol} {Render(Right, NodePrecedence.Operand)}";

    internal static string SymbolOf(ComparisonOperator comparisonOperator) => comparisonOperator switch
    {
        ComparisonOperator.Equal => "==",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        _ => throw new ArgumentOutOfRangeException(nameof(comparisonOperator)),
    };
}
