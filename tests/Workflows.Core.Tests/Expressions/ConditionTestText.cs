using Workflows.Core.Expressions;

namespace Workflows.Core.Tests.Expressions;

/// <summary>Shared helpers for condition tests.</summary>
internal static class ConditionTestText
{
    /// <summary>Parses text that must be valid.</summary>
    public static Condition Parsed(string text)
    {
        var result = Condition.Parse(text);
        Assert.That(result.Errors, Is.Empty, $"'{text}' should parse");
        return result.Condition!;
    }

    /// <summary>Parses text that must be invalid and returns its single syntax error.</summary>
    public static ExpressionError SyntaxError(string text)
    {
        var result = Condition.Parse(text);
        Assert.That(result.Condition, Is.Null, $"'{text}' should not parse");
        Assert.That(result.Errors, Has.Count.EqualTo(1));
        return result.Errors[0];
    }
}
