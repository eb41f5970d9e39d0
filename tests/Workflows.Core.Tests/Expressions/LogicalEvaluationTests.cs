using static Workflows.Core.Tests.Expressions.ConditionTestText;

namespace Workflows.Core.Tests.Expressions;

/// <summary>and, or and not evaluate with precedence and short-circuit.</summary>
internal sealed class LogicalEvaluationTests
{
    private static readonly Dictionary<string, object?> Data = new()
    {
        ["name"] = "Budi",
        ["count"] = 5L,
        ["urgent"] = true,
        ["approved"] = false,
    };

    private static bool Evaluate(string text) => Parsed(text).Evaluate(Data);

    [TestCase("urgent", true)]
    [TestCase("approved", false)]
    [TestCase("not approved", true)]
    [TestCase("!urgent", false)]
    [TestCase("urgent and approved", false)]
    [TestCase("urgent && count == 5", true)]
    [TestCase("approved or count == 5", true)]
    [TestCase("approved || count == 6", false)]
    [TestCase("approved or urgent and count == 6", false)]
    [TestCase("(approved or urgent) and count == 5", true)]
    [TestCase("not not urgent", true)]
    [TestCase("true", true)]
    [TestCase("false or true", true)]
    public void Evaluates_logical_operators_with_precedence(string text, bool expected)
    {
        Assert.That(Evaluate(text), Is.EqualTo(expected));
    }

    [TestCase("approved and name > 1")]
    [TestCase("urgent or missing")]
    public void And_and_or_do_not_evaluate_the_right_operand_when_the_left_decides(string text)
    {
        Assert.That(Evaluate(text), Is.EqualTo(text.StartsWith("urgent", StringComparison.Ordinal)));
    }

    [Test]
    public void Evaluation_is_repeatable_on_the_same_condition()
    {
        var condition = Parsed("count > limit");

        Assert.That(condition.Evaluate(new Dictionary<string, object?> { ["count"] = 2L, ["limit"] = 1L }), Is.True);
        Assert.That(condition.Evaluate(new Dictionary<string, object?> { ["count"] = 0L, ["limit"] = 1L }), Is.False);
    }
}
