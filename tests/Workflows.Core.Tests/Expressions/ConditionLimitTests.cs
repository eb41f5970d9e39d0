using Workflows.Core.Expressions;
using static Workflows.Core.Tests.Expressions.ConditionTestText;

namespace Workflows.Core.Tests.Expressions;

/// <summary>Length and nesting limits keep hostile conditions harmless.</summary>
internal sealed class ConditionLimitTests
{
    private const string DepthMessage = "the condition is nested too deeply (at most 32 levels)";

    [Test]
    public void Five_thousand_nested_parentheses_give_a_depth_error_without_crashing()
    {
        var text = new string('(', 5000) + "a" + new string(')', 5000);

        Assert.That(() => ConditionParser.Parse(text),
            Throws.TypeOf<ConditionSyntaxException>().With.Message.EqualTo(DepthMessage).And.Property("Offset").EqualTo(32));
        Assert.That(Condition.Parse(text).Errors, Has.Count.EqualTo(1));
    }

    [TestCase("not ")]
    [TestCase("!")]
    public void Five_thousand_nots_give_a_depth_error_without_crashing(string negation)
    {
        var text = string.Concat(Enumerable.Repeat(negation, 5000)) + "a";

        Assert.That(() => ConditionParser.Parse(text),
            Throws.TypeOf<ConditionSyntaxException>().With.Message.EqualTo(DepthMessage)
                .And.Property("Offset").EqualTo(32 * negation.Length));
    }

    [Test]
    public void Deep_nesting_within_the_length_limit_gives_a_depth_error()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SyntaxError(new string('(', 999) + "a" + new string(')', 999)), Is.EqualTo(new ExpressionError(32, DepthMessage)));
            Assert.That(SyntaxError(new string('!', 1999) + "a"), Is.EqualTo(new ExpressionError(32, DepthMessage)));
            Assert.That(SyntaxError(string.Join(" or ", Enumerable.Repeat("a", 400))).Message, Is.EqualTo(DepthMessage));
        });
    }

    [Test]
    public void Nesting_up_to_the_limit_is_accepted_and_one_more_level_is_not()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Condition.Parse(new string('(', 32) + "a" + new string(')', 32)).Succeeded, Is.True);
            Assert.That(Condition.Parse(new string('(', 33) + "a" + new string(')', 33)).Succeeded, Is.False);
            Assert.That(Condition.Parse(new string('(', 31) + "a == 1" + new string(')', 31)).Succeeded, Is.True);
            Assert.That(Condition.Parse(new string('(', 32) + "a == 1" + new string(')', 32)).Succeeded, Is.False);
            Assert.That(Condition.Parse(string.Join(" or ", Enumerable.Repeat("a", 33))).Succeeded, Is.True);
            Assert.That(Condition.Parse(string.Join(" or ", Enumerable.Repeat("a", 34))).Succeeded, Is.False);
        });
    }

    [Test]
    public void The_deepest_accepted_condition_still_evaluates()
    {
        var condition = Parsed(new string('!', 32) + "a");

        Assert.That(condition.Evaluate(new Dictionary<string, object?> { ["a"] = true }), Is.True);
    }

    [Test]
    public void Text_longer_than_two_thousand_characters_is_rejected()
    {
        var text = "a == '" + new string('x', 2993) + "'";

        Assert.That(text, Has.Length.EqualTo(3000));
        Assert.That(SyntaxError(text), Is.EqualTo(new ExpressionError(2000, "the condition is longer than 2000 characters (3000)")));
        Assert.That(Condition.Parse("a == '" + new string('x', 1993) + "'").Succeeded, Is.True);
    }
}
