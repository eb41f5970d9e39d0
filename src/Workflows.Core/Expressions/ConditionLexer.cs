namespace Workflows.Core.Expressions;

/// <summary>
/// Splits condition text into tokens. Stops at the first character that cannot start a token and ends the list
/// with an <see cref="TokenKind.Error"/> token; otherwise ends it with <see cref="TokenKind.End"/>.
/// </summary>
internal static class ConditionLexer
{
    private static readonly Dictionary<string, TokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["and"] = TokenKind.And,
        ["or"] = TokenKind.Or,
        ["not"] = TokenKind.Not,
        ["in"] = TokenKind.In,
        ["true"] = TokenKind.True,
        ["false"] = TokenKind.False,
        ["null"] = TokenKind.Null,
    };

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var position = 0;
        while (true)
        {
            while (position < text.Length && text[position] is ' ' or '\t' or '\r' or '\n')
            {
                position++;
            }

            if (position == text.Length)
            {
                tokens.Add(new Token(TokenKind.End, position, 0));
                return tokens;
            }

            var afterOperand = tokens.Count > 0 && tokens[^1].EndsOperand;
            var token = Scan(text, position, afterOperand);
            tokens.Add(token);
            if (token.Kind == TokenKind.Error)
            {
                return tokens;
            }

            position += token.Length;
        }
    }

    private static Token Scan(string text, int start, bool afterOperand)
    {
        var next = start + 1 < text.Length ? text[start + 1] : '\0';
        return text[start] switch
        {
            '(' => new Token(TokenKind.LeftParenthesis, start, 1),
            ')' => new Token(TokenKind.RightParenthesis, start, 1),
            '[' => new Token(TokenKind.LeftBracket, start, 1),
            ']' => new Token(TokenKind.RightBracket, start, 1),
            ',' => new Token(TokenKind.Comma, start, 1),
            '=' when next == '=' => new Token(TokenKind.Equal, start, 2),
            '=' => Error(start, "'=' is not allowed; compare with '=='"),
            '!' when next == '=' => new Token(TokenKind.NotEqual, start, 2),
            '!' => new Token(TokenKind.Not, start, 1),
            '<' when next == '=' => new Token(TokenKind.LessOrEqual, start, 2),
            '<' => new Token(TokenKind.Less, start, 1),
            '>' when next == '=' => new Token(TokenKind.GreaterOrEqual, start, 2),
            '>' => new Token(TokenKind.Greater, start, 1),
            '&' when next == '&' => new Token(TokenKind.And, start, 2),
            '&' => Error(start, "'&' is not allowed; use 'and' or '&&'"),
            '|' when next == '|' => new Token(TokenKind.Or, start, 2),
            '|' => Error(start, "'|' is not allowed; use 'or' or '||'"),
            '\'' or '"' => StringLiteralScanner.Scan(text, start),
            '-' when char.IsAsciiDigit(next) && !afterOperand => NumberScanner.Scan(text, start),
            >= '0' and <= '9' => NumberScanner.Scan(text, start),
            '+' or '-' or '*' or '/' or '%' or '^' => Error(start, "arithmetic is not allowed"),
            '.' when afterOperand => Error(start, "member access is not allowed"),
            '_' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') => ScanWord(text, start),
            _ => Error(start, $"unexpected character {TextSnippet.DescribeCharacter(text, start)}"),
        };
    }

    private static Token ScanWord(string text, int start)
    {
        var end = start + 1;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
        {
            end++;
        }

        var word = text[start..end];
        if (Keywords.TryGetValue(word, out var keyword))
        {
            return new Token(keyword, start, end - start);
        }

        var lowered = word.ToLowerInvariant();
        return Keywords.ContainsKey(lowered)
            ? Error(start, $"'{word}' is a reserved word; write the keyword in lowercase ('{lowered}')")
            : new Token(TokenKind.Identifier, start, end - start, word);
    }

    internal static Token Error(int offset, string message) => new(TokenKind.Error, offset, 0, message);
}
