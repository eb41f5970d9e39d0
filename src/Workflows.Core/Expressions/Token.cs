namespace Workflows.Core.Expressions;

/// <summary>
/// One token of condition text. <see cref="Value"/> is the name of an identifier, the value of a number or string,
/// or the message of an <see cref="TokenKind.Error"/> token.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Offset, int Length, object? Value = null)
{
    public bool IsLiteral => Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.String
        or TokenKind.True or TokenKind.False or TokenKind.Null;

    /// <summary>The comparison this token stands for, or <c>null</c> when it is not a comparison operator.</summary>
    public ComparisonOperator? ComparisonOperator => Kind switch
    {
        TokenKind.Equal => Expressions.ComparisonOperator.Equal,
        TokenKind.NotEqual => Expressions.ComparisonOperator.NotEqual,
        TokenKind.Less => Expressions.ComparisonOperator.Less,
        TokenKind.LessOrEqual => Expressions.ComparisonOperator.LessOrEqual,
        TokenKind.Greater => Expressions.ComparisonOperator.Greater,
        TokenKind.GreaterOrEqual => Expressions.ComparisonOperator.GreaterOrEqual,
        _ => null,
    };

    /// <summary>Whether this token ends an operand, after which <c>-</c> or <c>.</c> would be arithmetic or member access.</summary>
    public bool EndsOperand => IsLiteral || Kind is TokenKind.Identifier or TokenKind.RightParenthesis
        or TokenKind.RightBracket;
}
