using Workflows.Core.Expressions;
using static Workflows.Core.Tests.Expressions.ConditionTestText;

namespace Workflows.Core.Tests.Expressions;

/// <summary>Anything outside the language is a syntax error at its offset.</summary>
internal sealed class ConditionSyntaxErrorTests
{
    [TestCase("foo()", 0)]
    [TestCase("a == 1 and check ('x')", 11)]
    public void Rejects_function_calls_with_their_offset(string text, int offset)
    {
        Assert.That(SyntaxError(text), Is.EqualTo(new ExpressionError(offset, "function calls are not allowed")));
    }

    [TestCase("a.b == 1", 1)]
    [TestCase("(a).b", 3)]
    public void Rejects_member_access_with_its_offset(string text, int offset)
    {
        Assert.That(SyntaxError(text), Is.EqualTo(new ExpressionError(offset, "member access is not allowed")));
    }

    [Test]
    public void Rejects_indexing_with_its_offset()
    {
        Assert.That(SyntaxError("a[0] == 1"), Is.EqualTo(new ExpressionError(1, "indexing is not allowed")));
    }

    [TestCase("a + 1 > 2", 2)]
    [TestCase("a - 1 > 2", 2)]
    [TestCase("a-1 > 2", 1)]
    [TestCase("a > 2 * b", 6)]
    [TestCase("a > b / 2", 6)]
    [TestCase("a % 2 == 0", 2)]
    [TestCase("a == -b", 5)]
    public void Rejects_arithmetic_with_its_offset(string text, int offset)
    {
        Assert.That(SyntaxError(text), Is.EqualTo(new ExpressionError(offset, "arithmetic is not allowed")));
    }

    [TestCase("a = 1", 2, "'=' is not allowed; compare with '=='")]
    [TestCase("a & b", 2, "'&' is not allowed; use 'and' or '&&'")]
    [TestCase("a | b", 2, "'|' is not allowed; use 'or' or '||'")]
    [TestCase("a == 1 == true", 7, "comparisons cannot be chained; combine them with 'and' or 'or'")]
    [TestCase("1 < a < 5", 6, "comparisons cannot be chained; combine them with 'and' or 'or'")]
    [TestCase("a in ['x'] in [true]", 11, "comparisons cannot be chained; combine them with 'and' or 'or'")]
    [TestCase("", 0, "the condition is empty")]
    [TestCase("   ", 0, "the condition is empty")]
    [TestCase("a ==", 4, "unexpected end of the condition; expected a field, a value or '('")]
    [TestCase("a == 1 and", 10, "unexpected end of the condition; expected a field, a value or '('")]
    [TestCase("a b", 2, "unexpected 'b'; expected 'and', 'or' or the end of the condition")]
    [TestCase("(a == 1", 7, "unexpected end of the condition; expected ')'")]
    [TestCase("a == 1)", 6, "')' has no matching '('")]
    [TestCase("()", 1, "unexpected ')'; expected a field, a value or '('")]
    [TestCase("== 1", 0, "unexpected '=='; expected a field, a value or '('")]
    [TestCase("a in 'x'", 5, "unexpected ''x''; expected a list such as ['a', 'b'] after 'in'")]
    [TestCase("a in []", 6, "a list must not be empty")]
    [TestCase("a in ['x',]", 10, "unexpected ']'; expected a value")]
    [TestCase("a in ['x' 'y']", 10, "unexpected ''y''; expected ',' or ']'")]
    [TestCase("a in [b]", 6, "list items must be values, not fields")]
    [TestCase("a in [['x']]", 6, "lists cannot be nested")]
    [TestCase("['x'] == a", 0, "a list is only allowed after 'in' or 'not in'")]
    [TestCase("a == 'unterminated", 5, "unterminated string")]
    [TestCase("a == 'ends in backslash\\", 5, "unterminated string")]
    [TestCase(@"a == 'bad \n escape'", 10, @"invalid escape in string; only \' and \\ are allowed")]
    [TestCase(@"a == ""bad \' escape""", 10, @"invalid escape in string; only \"" and \\ are allowed")]
    [TestCase("a == 1.", 6, "a decimal point must be followed by digits")]
    [TestCase("a == 1.2.3", 5, "invalid number")]
    [TestCase("a == 5abc", 5, "invalid number")]
    [TestCase("a == .5", 5, "unexpected character '.'")]
    [TestCase("a == 9223372036854775808", 5, "number is too large")]
    [TestCase("a == 1.00000000000000000000000000001", 5, "number has too many digits (at most 28)")]
    [TestCase("a AND b", 2, "'AND' is a reserved word; write the keyword in lowercase ('and')")]
    [TestCase("True", 0, "'True' is a reserved word; write the keyword in lowercase ('true')")]
    [TestCase("a == 1; drop table", 6, "unexpected character ';'")]
    [TestCase("`rm -rf`", 0, "unexpected character '`'")]
    [TestCase("a == $x", 5, "unexpected character '$'")]
    [TestCase("a == 1 # comment", 7, "unexpected character '#'")]
    public void Reports_the_first_syntax_error_with_its_offset(string text, int offset, string message)
    {
        Assert.That(SyntaxError(text), Is.EqualTo(new ExpressionError(offset, message)));
    }

    [Test]
    public void Accepts_the_largest_numbers_that_fit()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Parsed("a == 9223372036854775807").Root, Has.Property("Right").EqualTo(new Literal(5, long.MaxValue)));
            Assert.That(Parsed("a == -9223372036854775808").Root, Has.Property("Right").EqualTo(new Literal(5, long.MinValue)));
            Assert.That(Parsed("a == 1.000000000000000000000000001").Root,
                Has.Property("Right").EqualTo(new Literal(5, 1.000000000000000000000000001m)));
        });
    }

    [Test]
    public void Reports_the_earliest_error_in_the_text()
    {
        Assert.That(SyntaxError("a b == 1; c").Offset, Is.EqualTo(2));
    }
}
