namespace Workflows.Core.Expressions;

/// <summary>A reference to a field of the instance's <c>data</c>, by name.</summary>
public sealed record FieldReference(int Offset, string Name) : ConditionNode(Offset)
{
    internal override NodePrecedence Precedence => NodePrecedence.Operand;

    public override string ToString() => Name;
}
