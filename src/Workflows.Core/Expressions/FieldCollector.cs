namespace Workflows.Core.Expressions;

/// <summary>Lists the field names a syntax tree refers to, in order of appearance.</summary>
internal static class FieldCollector
{
    public static IEnumerable<string> Collect(ConditionNode root)
    {
        var pending = new Stack<ConditionNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case FieldReference field:
                    yield return field.Name;
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
