namespace Workflows.Core.Runtime;

/// <summary>
/// A parallel block in progress: <see cref="Arrived"/> of <see cref="Expected"/> branches have reached
/// <see cref="JoinStepId"/>. <see cref="Parent"/> is the enclosing block, so nested blocks join in order.
/// </summary>
public sealed record ForkFrame(Guid Id, string ForkStepId, string JoinStepId, int Expected, int Arrived, Guid? Parent);
