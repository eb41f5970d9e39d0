using Workflows.Core.Runtime;

namespace Workflows.Infrastructure.Persistence;

/// <summary>Instance row states, stored as text: the engine's <see cref="InstanceStatus"/> in lower case.</summary>
public static class InstanceStatuses
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";

    public static string Of(InstanceStatus status) => status switch
    {
        InstanceStatus.Running => Running,
        InstanceStatus.Completed => Completed,
        InstanceStatus.Cancelled => Cancelled,
    };
}
