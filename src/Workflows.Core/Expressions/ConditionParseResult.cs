using System.Diagnostics.CodeAnalysis;

namespace Workflows.Core.Expressions;

/// <summary>The outcome of <see cref="Condition.Parse"/>: a condition, or the syntax error that stopped parsing.</summary>
public sealed class ConditionParseResult
{
    internal ConditionParseResult(Condition condition)
    {
        Condition = condition;
        Errors = [];
    }

    internal ConditionParseResult(ExpressionError error) => Errors = [error];

    /// <summary>The parsed condition; <c>null</c> exactly when <see cref="Errors"/> is not empty.</summary>
    public Condition? Condition { get; }

    /// <summary>Syntax errors; parsing stops at the first, so there is at most one.</summary>
    public IReadOnlyList<ExpressionError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Condition))]
    public bool Succeeded => Condition is not null;
}
