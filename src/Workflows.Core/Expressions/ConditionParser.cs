using static Workflows.Core.Expressions.NestingLimit;

namespace Workflows.Core.Expressions;

/// <summary>
/// Recursive-descent parser for condition text (grammar in <see cref="Condition"/>); it stops at the first syntax
/// error by throwing <see cref="ConditionSyntaxException"/>. Each method returns its node with the node's depth
/// (see <see cref="NestingLimit"/>); <c>nesting</c> counts the parentheses and <c>not</c>s around the position and
/// is checked before every recursive step, so hostile input cannot exhaust the stack.
/// </summary>
internal sealed class ConditionParser
{
    private readonly TokenCursor cursor;

    private ConditionParser(string text) => cursor = new TokenCursor(text);

    private Token Current => cursor.Current;

    public static ConditionNode Parse(string text)
    {
        var parser = new ConditionParser(text);
        if (parser.Current.Kind == TokenKind.End)
        {
            throw new ConditionSyntaxException(0, "the condition is empty");
        }

        var (root, _) = parser.ParseLogical(LogicalOperator.Or, 0);
        if (parser.Current.Kind == TokenKind.RightParenthesis)
        {
            throw new ConditionSyntaxException(parser.Current.Offset, "')' has no matching '('");
        }

        parser.cursor.Expect(TokenKind.End, "'and', 'or' or the end of the condition");
        return root;
    }

    /// <summary>A left-associative chain of <c>or</c> over <c>and</c> chains, or of <c>and</c> over negations.</summary>
    private (ConditionNode Node, int Depth) ParseLogical(LogicalOperator chain, int nesting)
    {
        var operatorKind = chain == LogicalOperator.Or ? TokenKind.Or : TokenKind.And;
        var (node, depth) = ParseChainOperand(chain, nesting);
        while (Current.Kind == operatorKind)
        {
            var operatorToken = cursor.Advance();
            var (right, rightDepth) = ParseChainOperand(chain, nesting);
            depth = Deepen(operatorToken.Offset, Math.Max(depth, rightDepth));
            node = new Logical(operatorToken.Offset, chain, node, right);
        }

        return (node, depth);
    }

    private (ConditionNode Node, int Depth) ParseChainOperand(LogicalOperator chain, int nesting) =>
        chain == LogicalOperator.Or ? ParseLogical(LogicalOperator.And, nesting) : ParseNegation(nesting);

    private (ConditionNode Node, int Depth) ParseNegation(int nesting)
    {
        var negations = new Stack<int>();
        while (Current.Kind == TokenKind.Not)
        {
            Deepen(Current.Offset, nesting + negations.Count);
            negations.Push(cursor.Advance().Offset);
        }

        var (node, depth) = ParseComparison(nesting + negations.Count);
        while (negations.TryPop(out var offset))
        {
            depth = Deepen(offset, depth);
            node = new Negation(offset, node);
        }

        return (node, depth);
    }

    private (ConditionNode Node, int Depth) ParseComparison(int nesting)
    {
        var (node, depth) = ParseOperand(nesting);
        if (Current.ComparisonOperator is { } comparisonOperator)
        {
            var operatorToken = cursor.Advance();
            var (right, rightDepth) = ParseOperand(nesting);
            depth = Deepen(operatorToken.Offset, Math.Max(depth, rightDepth));
            node = new Comparison(operatorToken.Offset, comparisonOperator, node, right);
        }
        else if (cursor.AtMembership)
        {
            var offset = Current.Offset;
            var isNegated = cursor.TryAdvance(TokenKind.Not);
            cursor.Expect(TokenKind.In, "'in'");
            depth = Deepen(offset, depth);
            node = new Membership(offset, node, LiteralParser.ParseList(cursor), isNegated);
        }
        else
        {
            return (node, depth);
        }

        return Current.ComparisonOperator is not null || cursor.AtMembership
            ? throw new ConditionSyntaxException(
                Current.Offset, "comparisons cannot be chained; combine them with 'and' or 'or'")
            : (node, depth);
    }

    private (ConditionNode Node, int Depth) ParseOperand(int nesting)
    {
        var token = Current;
        if (token.Kind == TokenKind.LeftParenthesis)
        {
            Deepen(token.Offset, nesting);
            cursor.Advance();
            var (inner, depth) = ParseLogical(LogicalOperator.Or, nesting + 1);
            cursor.Expect(TokenKind.RightParenthesis, "')'");
            return (inner, Deepen(token.Offset, depth));
        }

        return token.Kind switch
        {
            TokenKind.Identifier => (ParseField(), 0),
            TokenKind.LeftBracket => throw new ConditionSyntaxException(
                token.Offset, "a list is only allowed after 'in' or 'not in'"),
            _ when token.IsLiteral => (LiteralParser.ParseLiteral(cursor), 0),
            _ => throw cursor.Unexpected("a field, a value or '('"),
        };
    }

    private FieldReference ParseField()
    {
        var name = cursor.Advance();
        return Current.Kind switch
        {
            TokenKind.LeftParenthesis => throw new ConditionSyntaxException(name.Offset, "function calls are not allowed"),
            TokenKind.LeftBracket => throw new ConditionSyntaxException(Current.Offset, "indexing is not allowed"),
            _ => new FieldReference(name.Offset, (string)name.Value!),
        };
    }
}
