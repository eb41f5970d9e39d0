using Workflows.Core.Expressions;
using static Workflows.Core.Tests.Expressions.ConditionTestText;

namespace Workflows.Core.Tests.Expressions;

/// <summary>ToString of a syntax tree is canonical condition text that parses back to itself.</summary>
internal sealed class CanonicalTextTests
{
    [TestCase("a==1", "a == 1")]
    [TestCase("a&&b||c", "a and b or c")]
    [TestCase("a and (b or c)", "a and (b or c)")]
    [TestCase("((a and b)) or c", "a and b or c")]
    [TestCase("a or (b or c)", "a or (b or c)")]
    [TestCase("(a or b) or c", "a or b or c")]
    [TestCase("!a", "not a")]
    [TestCase("!(a and b)", "not (a and b)")]
    [TestCase("not not a", "not not a")]
    [TestCase("not (a == 1)", "not a == 1")]
    [TestCase("(a > 1) == (b < 2)", "(a > 1) == (b < 2)")]
    [TestCase("s not in ['x',\"y\"]", "s not in ['x', 'y']")]
    [TestCase("s in [1,-2,3.50,true,null]", "s in [1, -2, 3.50, true, null]")]
    [TestCase("s == \"it's\"", @"s == 'it\'s'")]
    [TestCase(@"s == 'back\\slash'", @"s == 'back\\slash'")]
    [TestCase("d >= '2024-01-31'", "d >= '2024-01-31'")]
    [TestCase("n == 007", "n == 7")]
    [TestCase("n == -0", "n == 0")]
    public void Renders_canonical_text(string text, string canonical)
    {
        Assert.That(Parsed(text).Root.ToString(), Is.EqualTo(canonical));
    }

    [TestCase("a and b or not (c == 1 or d in ['x']) and e")]
    [TestCase("not (a or b) and (c or d)")]
    [TestCase(@"s == 'quote \' and backslash \\'")]
    public void Canonical_text_parses_back_to_the_same_canonical_text(string text)
    {
        var canonical = Parsed(text).Root.ToString();

        Assert.That(Parsed(canonical).Root.ToString(), Is.EqualTo(canonical));
    }

    [Test]
    public void Hand_built_nodes_render_their_values_unambiguously()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new Literal(0, 3m).ToString(), Is.EqualTo("3.0"));
            Assert.That(new Literal(0, 3).ToString(), Is.EqualTo("3"));
            Assert.That(new Literal(0, 3).Value, Is.EqualTo(3L));
            Assert.That(new Negation(0, new Logical(0, LogicalOperator.Or, new FieldReference(0, "a"), new FieldReference(0, "b"))).ToString(),
                Is.EqualTo("not (a or b)"));
        });
    }

    [Test]
    public void Literals_reject_values_of_other_types()
    {
        Assert.That(() => new Literal(0, 1.5), Throws.ArgumentException);
    }
}
