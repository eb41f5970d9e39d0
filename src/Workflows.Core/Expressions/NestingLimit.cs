namespace Workflows.Core.Expressions;

/// <summary>
/// Enforces <see cref="Condition.MaxNestingDepth"/>. A leaf has depth 0; each operator, <c>not</c> and pair of
/// parentheses adds one level.
/// </summary>
internal static class NestingLimit
{
    /// <summary>Returns <paramref name="depth"/> + 1, or stops parsing at <paramref name="offset"/> if that is too deep.</summary>
    public static int Deepen(int offset, int depth) => depth < Condition.MaxNestingDepth
        ? depth + 1
        : throw new ConditionSyntaxException(
            offset, $"the condition is nested too deeply (at most {Condition.MaxNestingDepth} levels)");
}
