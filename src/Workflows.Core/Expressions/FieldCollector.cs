namespace Workflows.Core.Expressions;

/// <summary>Lists the field references of a syntax tree, in order of appearance.</summary>
internal static class FieldCollector
{
    public static IEnumerable<FieldReference> Collect(ConditionNode root)
    {
        var pending = new Stack<ConditionNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case FieldReference field:
                    yield return field;
                    break;
                case Comparison comparison:
                    pending.Push(comparison.Right);
                    pending.Push(comparison.Left);
                    break;
                case Logical logical:
                    pending.Push(logical.Right);
                    pending.Push(logical.Left);
                    break;
                case Negation negation:
                    pending.Push(negation.Operand);
                    break;
                case Membership membership:
                    pending.Push(membership.Operand);
                    break;
            }
        }
    }
}
