using Workflows.Core.Definitions;

namespace Workflows.Core.Expressions;

/// <summary>
/// Checks a syntax tree against the shapes of the data fields and collects every type error, not just the first.
/// Recursion is bounded by <see cref="Condition.MaxNestingDepth"/>, which the parser enforces.
/// </summary>
internal sealed class ConditionTypeChecker
{
    private readonly IReadOnlyDictionary<string, FieldShape> fields;
    private readonly List<ExpressionError> errors = [];
    private readonly OperandCompatibility compatibility;

    private ConditionTypeChecker(IReadOnlyDictionary<string, FieldShape> fields)
    {
        this.fields = fields;
        compatibility = new OperandCompatibility(errors);
    }

    public static IReadOnlyList<ExpressionError> Check(ConditionNode root, IReadOnlyDictionary<string, FieldShape> fields)
    {
        var checker = new ConditionTypeChecker(fields);
        checker.RequireBool(root, "the condition must be a true/false expression");
        return [.. checker.errors.OrderBy(error => error.Offset)];
    }

    private OperandType TypeOf(ConditionNode node) => node switch
    {
        FieldReference field => TypeOfField(field),
        Literal literal => OperandType.OfLiteral(literal),
        Comparison comparison => CheckComparison(comparison),
        Membership membership => CheckMembership(membership),
        Logical logical => CheckLogical(logical),
        Negation negation => CheckNegation(negation),
        _ => OperandType.Unknown(node.Offset),
    };

    private OperandType TypeOfField(FieldReference field)
    {
        if (fields.TryGetValue(field.Name, out var shape) && shape is not null)
        {
            return OperandType.OfField(field, shape);
        }

        errors.Add(new ExpressionError(field.Offset, $"unknown data field '{field.Name}'"));
        return OperandType.Unknown(field.Offset);
    }

    private OperandType CheckComparison(Comparison comparison)
    {
        var left = TypeOf(comparison.Left);
        var right = TypeOf(comparison.Right);
        if (comparison.IsOrdering)
        {
            compatibility.CheckOrderable(left, right, comparison.Offset, comparison.Symbol);
        }
        else
        {
            compatibility.CheckEquatable(left, right, comparison.Offset);
        }

        return OperandType.BoolExpression(comparison.Offset);
    }

    private OperandType CheckMembership(Membership membership)
    {
        var operand = TypeOf(membership.Operand);
        foreach (var item in membership.List.Items)
        {
            compatibility.CheckEquatable(operand, OperandType.OfLiteral(item), item.Offset);
        }

        return OperandType.BoolExpression(membership.Offset);
    }

    private OperandType CheckLogical(Logical logical)
    {
        var requirement = $"'{logical.Keyword}' needs true/false operands";
        RequireBool(logical.Left, requirement);
        RequireBool(logical.Right, requirement);
        return OperandType.BoolExpression(logical.Offset);
    }

    private OperandType CheckNegation(Negation negation)
    {
        RequireBool(negation.Operand, "'not' needs a true/false operand");
        return OperandType.BoolExpression(negation.Offset);
    }

    private void RequireBool(ConditionNode node, string requirement)
    {
        var type = TypeOf(node);
        if (type.Kind is not (OperandKind.Bool or OperandKind.Unknown))
        {
            errors.Add(new ExpressionError(node.Offset, $"{requirement}, but {type.Description} is not"));
        }
    }
}
