namespace Workflows.Contracts.V1;

/// <summary>An instance was started on version <paramref name="Version"/> of its definition.</summary>
/// <param name="EventId">Unique per event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Agency">The instance's agency.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">The definition.</param>
/// <param name="BusinessKey">The instance's business key.</param>
/// <param name="Version">The definition version the instance runs on.</param>
/// <param name="StartedBy">The user (or <c>system:...</c>) who started it.</param>
public sealed record InstanceStarted(
    Guid EventId, DateTimeOffset OccurredAt, string Agency, Guid InstanceId, string DefinitionId, string BusinessKey,
    int Version, string StartedBy) : IWorkflowEvent;

/// <summary>An instance reached an end step.</summary>
/// <param name="EventId">Unique per event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Agency">The instance's agency.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">The definition.</param>
/// <param name="BusinessKey">The instance's business key.</param>
/// <param name="Result">The end step's result (e.g. <c>granted</c>, <c>rejected</c>).</param>
public sealed record InstanceCompleted(
    Guid EventId, DateTimeOffset OccurredAt, string Agency, Guid InstanceId, string DefinitionId, string BusinessKey,
    string? Result) : IWorkflowEvent;

/// <summary>An instance was cancelled.</summary>
/// <param name="EventId">Unique per event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Agency">The instance's agency.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">The definition.</param>
/// <param name="BusinessKey">The instance's business key.</param>
/// <param name="Reason">Why.</param>
public sealed record InstanceCancelled(
    Guid EventId, DateTimeOffset OccurredAt, string Agency, Guid InstanceId, string DefinitionId, string BusinessKey,
    string Reason) : IWorkflowEvent;
