namespace Workflows.Infrastructure.Results;

/// <summary>On a <see cref="FailureCodes"/> constant: the kind of failure (and so the HTTP status) the code is answered as.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class AnsweredAsAttribute(FailureKind kind) : Attribute
{
    public FailureKind Kind { get; } = kind;
}
