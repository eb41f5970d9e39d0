namespace Workflows.Core.Expressions;

/// <summary>The kinds of token the condition lexer produces.</summary>
internal enum TokenKind
{
    Identifier,
    Integer,
    Decimal,
    String,
    True,
    False,
    Null,
    And,
    Or,
    Not,
    In,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    LeftParenthesis,
    RightParenthesis,
    LeftBracket,
    RightBracket,
    Comma,

    /// <summary>The end of the text.</summary>
    End,

    /// <summary>Text that is not a token; <see cref="Token.Value"/> holds the message. Always the last token.</summary>
    Error,
}
