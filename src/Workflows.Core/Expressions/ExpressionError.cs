namespace Workflows.Core.Expressions;

/// <summary>A problem in a condition: the 0-based character offset into its text and a short English message.</summary>
public sealed record ExpressionError(int Offset, string Message)
{
    public override string ToString() => $"at {Offset}: {Message}";
}
