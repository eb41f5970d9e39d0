namespace Workflows.Core.Runtime;

/// <summary>Where an instance stands as a whole.</summary>
public enum InstanceStatus
{
    Running,
    Completed,
    Cancelled,
}
