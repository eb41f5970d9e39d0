namespace Workflows.Core.Runtime;

/// <summary>Why an open step was closed.</summary>
public enum TaskCloseReason
{
    Completed,
    Cancelled,
}
