namespace Workflows.Core.Expressions;

/// <summary>The operator of a <see cref="Logical"/> node.</summary>
public enum LogicalOperator
{
    /// <summary><c>and</c> or <c>&amp;&amp;</c></summary>
    And,

    /// <summary><c>or</c> or <c>||</c></summary>
    Or,
}
