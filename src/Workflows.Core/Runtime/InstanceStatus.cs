namespace Workflows.Core.Runtime;

/// <summary>Where a case stands as a whole.</summary>
public enum InstanceStatus
{
    Running,
    Completed,
    Cancelled,
}
