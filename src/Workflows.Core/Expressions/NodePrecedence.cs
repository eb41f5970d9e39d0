namespace Workflows.Core.Expressions;

/// <summary>How tightly a node binds, loosest first; the grammar's precedence levels.</summary>
internal enum NodePrecedence
{
    Or,
    And,
    Not,
    Comparison,
    Operand,
}
