using System.Collections.Immutable;

namespace Workflows.Core.Expressions;

/// <summary>Parses literals and the list literal that follows <c>in</c>.</summary>
internal static class LiteralParser
{
    public static ListLiteral ParseList(TokenCursor cursor)
    {
        var open = cursor.Expect(TokenKind.LeftBracket, "a list such as ['a', 'b'] after 'in'");
        if (cursor.Current.Kind == TokenKind.RightBracket)
        {
            throw new ConditionSyntaxException(cursor.Current.Offset, "a list must not be empty");
        }

        var items = ImmutableArray.CreateBuilder<Literal>();
        do
        {
            items.Add(ParseListItem(cursor));
        }
        while (cursor.TryAdvance(TokenKind.Comma));

        cursor.Expect(TokenKind.RightBracket, "',' or ']'");
        return new ListLiteral(open.Offset, items.ToImmutable());
    }

    public static Literal ParseLiteral(TokenCursor cursor)
    {
        var token = cursor.Advance();
        return new Literal(token.Offset, token.Kind switch
        {
            TokenKind.True => true,
            TokenKind.False => false,
            TokenKind.Null => null,
            TokenKind.Integer or TokenKind.Decimal or TokenKind.String => token.Value,
            _ => throw new InvalidOperationException($"{token.Kind} is not a literal token."),
        });
    }

    private static Literal ParseListItem(TokenCursor cursor) => cursor.Current switch
    {
        { IsLiteral: true } => ParseLiteral(cursor),
        { Kind: TokenKind.Identifier, Offset: var offset } =>
            throw new ConditionSyntaxException(offset, "list items must be values, not fields"),
        { Kind: TokenKind.LeftBracket, Offset: var offset } =>
            throw new ConditionSyntaxException(offset, "lists cannot be nested"),
        _ => throw cursor.Unexpected("a value"),
    };
}
