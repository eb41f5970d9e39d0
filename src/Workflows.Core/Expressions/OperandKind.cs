namespace Workflows.Core.Expressions;

/// <summary>The static type of an operand as the type checker sees it.</summary>
internal enum OperandKind
{
    /// <summary>Already reported as an error (e.g. an unknown field); checks against it are skipped.</summary>
    Unknown,
    Null,
    Bool,
    Int,
    Decimal,
    String,
    Date,
    Enum,
}
