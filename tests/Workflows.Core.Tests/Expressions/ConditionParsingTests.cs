using Workflows.Core.Expressions;
using static Workflows.Core.Tests.Expressions.ConditionTestText;

namespace Workflows.Core.Tests.Expressions;

/// <summary>Each operator parses to its node, with offsets, and precedence is or &lt; and &lt; not &lt; comparison.</summary>
internal sealed class ConditionParsingTests
{
    [TestCase("a == 1", ComparisonOperator.Equal, 2)]
    [TestCase("a != 1", ComparisonOperator.NotEqual, 2)]
    [TestCase("a < 1", ComparisonOperator.Less, 2)]
    [TestCase("a <= 1", ComparisonOperator.LessOrEqual, 2)]
    [TestCase("a > 1", ComparisonOperator.Greater, 2)]
    [TestCase("a >= 1", ComparisonOperator.GreaterOrEqual, 2)]
    [TestCase("a>=1", ComparisonOperator.GreaterOrEqual, 1)]
    public void Parses_each_comparison_operator_with_its_offset(string text, ComparisonOperator expected, int offset)
    {
        var root = Parsed(text).Root;

        Assert.That(root, Is.EqualTo(new Comparison(offset, expected, new FieldReference(0, "a"), new Literal(text.Length - 1, 1L))));
    }

    [Test]
    public void Parses_literals_of_every_kind()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Parsed("a == 5").Root, Has.Property("Right").EqualTo(new Literal(5, 5L)));
            Assert.That(Parsed("a == -3").Root, Has.Property("Right").EqualTo(new Literal(5, -3L)));
            Assert.That(Parsed("a == 2.5").Root, Has.Property("Right").EqualTo(new Literal(5, 2.5m)));
            Assert.That(Parsed("a == -0.25").Root, Has.Property("Right").EqualTo(new Literal(5, -0.25m)));
            Assert.That(Parsed("a == 'x'").Root, Has.Property("Right").EqualTo(new Literal(5, "x")));
            Assert.That(Parsed("a == \"x\"").Root, Has.Property("Right").EqualTo(new Literal(5, "x")));
            Assert.That(Parsed("a == true").Root, Has.Property("Right").EqualTo(new Literal(5, true)));
            Assert.That(Parsed("a == false").Root, Has.Property("Right").EqualTo(new Literal(5, false)));
            Assert.That(Parsed("a == null").Root, Has.Property("Right").EqualTo(new Literal(5, null)));
            Assert.That(Parsed(@"a == 'it\'s \\ here'").Root, Has.Property("Right").EqualTo(new Literal(5, @"it's \ here")));
            Assert.That(Parsed("a == \"say \\\"hi\\\"\"").Root, Has.Property("Right").EqualTo(new Literal(5, "say \"hi\"")));
        });
    }

    [Test]
    public void Parses_in_and_not_in_with_a_list_literal()
    {
        var list = new ListLiteral(8, [new Literal(9, "x"), new Literal(14, 2L), new Literal(17, null)]);

        Assert.Multiple(() =>
        {
            Assert.That(Parsed("s in    ['x', 2, null]").Root, Is.EqualTo(new Membership(2, new FieldReference(0, "s"), list, false)));
            Assert.That(Parsed("s not in['x', 2, null]").Root, Is.EqualTo(new Membership(2, new FieldReference(0, "s"), list, true)));
            Assert.That(Parsed("s !in   ['x', 2, null]").Root, Is.EqualTo(new Membership(2, new FieldReference(0, "s"), list, true)));
        });
    }

    [Test]
    public void Parses_logical_operators_in_words_and_symbols()
    {
        var a = new FieldReference(0, "a");
        Assert.Multiple(() =>
        {
            Assert.That(Parsed("a and b").Root, Is.EqualTo(new Logical(2, LogicalOperator.And, a, new FieldReference(6, "b"))));
            Assert.That(Parsed("a && b").Root, Is.EqualTo(new Logical(2, LogicalOperator.And, a, new FieldReference(5, "b"))));
            Assert.That(Parsed("a or b").Root, Is.EqualTo(new Logical(2, LogicalOperator.Or, a, new FieldReference(5, "b"))));
            Assert.That(Parsed("a || b").Root, Is.EqualTo(new Logical(2, LogicalOperator.Or, a, new FieldReference(5, "b"))));
            Assert.That(Parsed("not a").Root, Is.EqualTo(new Negation(0, new FieldReference(4, "a"))));
            Assert.That(Parsed("!a").Root, Is.EqualTo(new Negation(0, new FieldReference(1, "a"))));
        });
    }

    [Test]
    public void And_binds_tighter_than_or()
    {
        var root = Parsed("a or b and c").Root;

        Assert.That(root, Is.EqualTo(new Logical(2, LogicalOperator.Or, new FieldReference(0, "a"),
            new Logical(7, LogicalOperator.And, new FieldReference(5, "b"), new FieldReference(11, "c")))));
    }

    [Test]
    public void Not_binds_tighter_than_and_but_looser_than_comparison()
    {
        var root = Parsed("not a == 1 and b").Root;

        Assert.That(root, Is.EqualTo(new Logical(11, LogicalOperator.And,
            new Negation(0, new Comparison(6, ComparisonOperator.Equal, new FieldReference(4, "a"), new Literal(9, 1L))),
            new FieldReference(15, "b"))));
    }

    [Test]
    public void Logical_operators_associate_to_the_left()
    {
        var root = Parsed("a or b or c").Root;

        Assert.That(root, Is.EqualTo(new Logical(7, LogicalOperator.Or,
            new Logical(2, LogicalOperator.Or, new FieldReference(0, "a"), new FieldReference(5, "b")),
            new FieldReference(10, "c"))));
    }

    [Test]
    public void Parentheses_override_precedence()
    {
        var root = Parsed("(a or b) and c").Root;

        Assert.That(root, Is.EqualTo(new Logical(9, LogicalOperator.And,
            new Logical(3, LogicalOperator.Or, new FieldReference(1, "a"), new FieldReference(6, "b")),
            new FieldReference(13, "c"))));
    }

    [Test]
    public void A_parenthesized_comparison_can_be_compared_with_a_bool()
    {
        var root = Parsed("(a > 1) == true").Root;

        Assert.That(root, Is.EqualTo(new Comparison(8, ComparisonOperator.Equal,
            new Comparison(3, ComparisonOperator.Greater, new FieldReference(1, "a"), new Literal(5, 1L)),
            new Literal(11, true))));
    }

    [Test]
    public void Whitespace_of_any_ascii_kind_separates_tokens()
    {
        Assert.That(Parsed("\ta\r\n==\n 1 ").Root.ToString(), Is.EqualTo("a == 1"));
    }
}
