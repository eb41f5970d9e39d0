namespace Workflows.Core.Expressions;

/// <summary>Walks the tokens of one condition for the parser and words its "unexpected token" errors.</summary>
internal sealed class TokenCursor(string text)
{
    private readonly List<Token> tokens = ConditionLexer.Tokenize(text);
    private int index;

    public Token Current => tokens[index];

    /// <summary>The token after <see cref="Current"/>; the last token (end or error) repeats.</summary>
    public Token Next => tokens[Math.Min(index + 1, tokens.Count - 1)];

    /// <summary>Whether <c>in</c> or <c>not in</c> starts at the current token.</summary>
    public bool AtMembership => Current.Kind == TokenKind.In
        || (Current.Kind == TokenKind.Not && Next.Kind == TokenKind.In);

    /// <summary>Returns the current token and moves past it; never moves past the last token.</summary>
    public Token Advance() => tokens[index < tokens.Count - 1 ? index++ : index];

    public bool TryAdvance(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    public Token Expect(TokenKind kind, string expected) =>
        Current.Kind == kind ? Advance() : throw Unexpected(expected);

    /// <summary>The error for the current token: the lexer's message, or what was found instead of <paramref name="expected"/>.</summary>
    public ConditionSyntaxException Unexpected(string expected) => Current.Kind switch
    {
        TokenKind.Error => new ConditionSyntaxException(Current.Offset, (string)Current.Value!),
        TokenKind.End => new ConditionSyntaxException(
            Current.Offset, $"unexpected end of the condition; expected {expected}"),
        _ => new ConditionSyntaxException(
            Current.Offset,
            $"unexpected '{TextSnippet.Shorten(text.Substring(Current.Offset, Current.Length))}'; expected {expected}"),
    };
}
