namespace Workflows.Core.Expressions;

/// <summary>Stops parsing at the first syntax error; caught by <see cref="Condition.Parse"/> and never escapes it.</summary>
internal sealed class ConditionSyntaxException : Exception
{
    public ConditionSyntaxException()
    {
    }

    public ConditionSyntaxException(string message)
        : base(message)
    {
    }

    public ConditionSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConditionSyntaxException(int offset, string message)
        : base(message)
    {
        Offset = offset;
    }

    public int Offset { get; }

    public ExpressionError ToError() => new(Offset, Message);
}
