namespace Workflows.Contracts.V1;

/// <summary>A document the engine holds; its bytes are at <c>GET /documents/{DocumentId}/content</c>.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Type">Its document type in the definition (e.g. <c>usul-pertek</c>).</param>
/// <param name="FileName">The uploaded file name.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="Size">Bytes.</param>
/// <param name="Sha256">Hex SHA-256 of the content.</param>
public sealed record DocumentInfo(Guid DocumentId, string Type, string FileName, string ContentType, long Size, string Sha256);

/// <summary>
/// A step's output document moved on to the next actor: produced at <paramref name="FromStep"/> by
/// <paramref name="FromActor"/>, now with <paramref name="ToActor"/> at <paramref name="ToStep"/> (null when the instance ended).
/// </summary>
/// <param name="EventId">Unique per event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Agency">The instance's agency.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">The definition.</param>
/// <param name="BusinessKey">The instance's business key.</param>
/// <param name="Document">The document.</param>
/// <param name="FromStep">The step that produced it (null for documents handed in at the start).</param>
/// <param name="FromActor">Who produced it.</param>
/// <param name="ToStep">The step that now holds the instance.</param>
/// <param name="ToActor">The actor role of that step.</param>
public sealed record DocumentHandedOver(
    Guid EventId, DateTimeOffset OccurredAt, string Agency, Guid InstanceId, string DefinitionId, string BusinessKey,
    DocumentInfo Document, string? FromStep, string? FromActor, string? ToStep, string? ToActor) : IWorkflowEvent;

/// <summary>
/// A <c>send</c> step addressed documents to an external party (BKN, a campus, a company, ...). The party answers
/// with <see cref="DeliverMessage"/>, correlated by <paramref name="InstanceId"/> or by definition and business key.
/// </summary>
/// <param name="EventId">Unique per event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Agency">The instance's agency.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">The definition.</param>
/// <param name="BusinessKey">The instance's business key.</param>
/// <param name="TaskId">The send step's task.</param>
/// <param name="StepId">The send step.</param>
/// <param name="To">The external role addressed (e.g. <c>bkn</c>).</param>
/// <param name="Message">The message name.</param>
/// <param name="Documents">What is sent.</param>
public sealed record DocumentDispatched(
    Guid EventId, DateTimeOffset OccurredAt, string Agency, Guid InstanceId, string DefinitionId, string BusinessKey,
    Guid TaskId, string StepId, string To, string Message, IReadOnlyList<DocumentInfo> Documents) : IWorkflowEvent;
