namespace Workflows.Core.Expressions;

/// <summary>
/// Thrown by <see cref="Condition.Evaluate"/> when the data does not fit the condition, e.g. a string where a
/// number is compared. The message names the field involved.
/// </summary>
public sealed class ConditionEvaluationException : Exception
{
    public ConditionEvaluationException()
    {
    }

    public ConditionEvaluationException(string message)
        : base(message)
    {
    }

    public ConditionEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConditionEvaluationException(string message, string? fieldName)
        : base(message)
    {
        FieldName = fieldName;
    }

    /// <summary>The data field whose value did not fit, when the problem involves one.</summary>
    public string? FieldName { get; }
}
