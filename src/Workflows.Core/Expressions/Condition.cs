using System.Collections.Frozen;
using Workflows.Core.Definitions;

namespace Workflows.Core.Expressions;

/// <summary>
/// A compiled, immutable condition over an instance's <c>data</c>, as written in a YAML <c>when:</c> field.
/// <code>
/// condition  = or-chain ;
/// or-chain   = and-chain , { ( "or" | "||" ) , and-chain } ;
/// and-chain  = negation , { ( "and" | "&amp;&amp;" ) , negation } ;
/// negation   = ( "not" | "!" ) , negation | comparison ;
/// comparison = operand , [ compare-op , operand | [ "not" ] , "in" , list ] ;
/// compare-op = "==" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" ;
/// operand    = field | literal | "(" , or-chain , ")" ;
/// list       = "[" , literal , { "," , literal } , "]" ;
/// literal    = integer | decimal | string | "true" | "false" | "null" ;
/// </code>
/// </summary>
public sealed class Condition
{
    /// <summary>Longer text is rejected before it is read.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Deepest allowed nesting; each operator, <c>not</c> and pair of parentheses is one level.</summary>
    public const int MaxNestingDepth = 32;

    private Condition(string text, ConditionNode root)
    {
        Text = text;
        Root = root;
        Fields = FieldCollector.Collect(root).Select(f => f.Name).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The text as written.</summary>
    public string Text { get; }

    /// <summary>The syntax tree; <c>Root.ToString()</c> is the canonical text.</summary>
    public ConditionNode Root { get; }

    /// <summary>The names of the data fields the condition refers to.</summary>
    public IReadOnlySet<string> Fields { get; }

    /// <summary>Parses <paramref name="text"/>. Never throws: any problem is reported in the result.</summary>
    public static ConditionParseResult Parse(string text)
    {
        if (text is null)
        {
            return new ConditionParseResult(new ExpressionError(0, "the condition is empty"));
        }

        if (text.Length > MaxTextLength)
        {
            return new ConditionParseResult(new ExpressionError(
                MaxTextLength, $"the condition is longer than {MaxTextLength} characters ({text.Length})"));
        }

        try
        {
            return new ConditionParseResult(new Condition(text, ConditionParser.Parse(text)));
        }
        catch (ConditionSyntaxException error)
        {
            return new ConditionParseResult(error.ToError());
        }
    }

    /// <summary>
    /// Type-checks the condition against the shapes of the data fields and returns every error found, ordered
    /// by offset; an empty list means the condition is well-typed.
    /// </summary>
    public IReadOnlyList<ExpressionError> Check(IReadOnlyDictionary<string, FieldShape> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return ConditionTypeChecker.Check(Root, fields);
    }

    /// <summary>
    /// Evaluates the condition over <paramref name="data"/>; a missing field is <c>null</c>.
    /// </summary>
    /// <exception cref="ConditionEvaluationException">A value does not fit the condition.</exception>
    public bool Evaluate(IReadOnlyDictionary<string, object?> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new ConditionEvaluator(data).EvaluateCondition(Root);
    }

    /// <summary>The text as written.</summary>
    public override string ToString() => Text;
}
