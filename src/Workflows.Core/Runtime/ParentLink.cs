namespace Workflows.Core.Runtime;

/// <summary>The call step of a parent instance that a sub-process instance reports back to.</summary>
public sealed record ParentLink(Guid InstanceId, Guid TaskId);
