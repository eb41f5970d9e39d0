namespace Workflows.Core.Expressions;

/// <summary>
/// Evaluates a syntax tree over instance data; a missing field is <c>null</c>. 'and' and 'or' short-circuit.
/// Recursion is bounded by <see cref="Condition.MaxNestingDepth"/>, which the parser enforces.
/// </summary>
internal sealed class ConditionEvaluator(IReadOnlyDictionary<string, object?> data)
{
    public bool EvaluateCondition(ConditionNode node) => node switch
    {
        Logical { Operator: LogicalOperator.And } and => EvaluateCondition(and.Left) && EvaluateCondition(and.Right),
        Logical or => EvaluateCondition(or.Left) || EvaluateCondition(or.Right),
        Negation negation => !EvaluateCondition(negation.Operand),
        Comparison comparison => EvaluateComparison(comparison),
        Membership membership => EvaluateMembership(membership),
        _ => RequireBool(EvaluateOperand(node)),
    };

    private bool EvaluateComparison(Comparison comparison)
    {
        var left = EvaluateOperand(comparison.Left);
        var right = EvaluateOperand(comparison.Right);
        return comparison.Operator switch
        {
            ComparisonOperator.Equal => RuntimeComparison.AreEqual(left, right),
            ComparisonOperator.NotEqual => !RuntimeComparison.AreEqual(left, right),
            _ => RuntimeComparison.Order(left, right, comparison.Symbol) is { } order && comparison.Operator switch
            {
                ComparisonOperator.Less => order < 0,
                ComparisonOperator.LessOrEqual => order <= 0,
                ComparisonOperator.Greater => order > 0,
                _ => order >= 0,
            },
        };
    }

    private bool EvaluateMembership(Membership membership)
    {
        var operand = EvaluateOperand(membership.Operand);
        var found = membership.List.Items.Any(item => RuntimeComparison.AreEqual(operand, RuntimeValue.FromLiteral(item)));
        return found != membership.IsNegated;
    }

    private RuntimeValue EvaluateOperand(ConditionNode node) => node switch
    {
        FieldReference field => RuntimeValue.FromField(field.Name, data.TryGetValue(field.Name, out var value) ? value : null),
        Literal literal => RuntimeValue.FromLiteral(literal),
        _ => RuntimeValue.FromCondition(EvaluateCondition(node)),
    };

    private static bool RequireBool(RuntimeValue value) => value.Value switch
    {
        bool flag => flag,
        null when value.FieldName is not null => throw new ConditionEvaluationException(
            $"field '{value.FieldName}' has no value, but a true/false value is needed", value.FieldName),
        _ => throw new ConditionEvaluationException(
            $"{value.Describe()} is used as a condition, but only true/false values can be", value.FieldName),
    };
}
