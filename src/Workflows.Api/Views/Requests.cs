using System.Text.Json;

namespace Workflows.Api.Views;

/// <summary>An uploaded document (<c>POST /documents</c>) handed in as one of the definition's document types.</summary>
public sealed record DocumentRefRequest(Guid Id, string Type);

/// <summary><c>POST /instances</c>: a new instance of a definition's published version.</summary>
public sealed record StartInstanceRequest(
    string Definition,
    string BusinessKey,
    Dictionary<string, JsonElement>? Data,
    List<DocumentRefRequest>? Documents);

/// <summary><c>POST /tasks/{id}/complete</c>.</summary>
public sealed record CompleteTaskRequest(string? Outcome, Dictionary<string, JsonElement>? Data, List<DocumentRefRequest>? Documents);

/// <summary><c>POST /tasks/{id}/reassign</c>: a user id, or null to return the task to the role's pool.</summary>
public sealed record ReassignTaskRequest(string? Assignee);

/// <summary><c>POST /instances/{id}/cancel</c>.</summary>
public sealed record CancelInstanceRequest(string Reason);

/// <summary><c>POST /instances/{id}/messages/{name}</c>: what arrived from the external party.</summary>
public sealed record DeliverMessageRequest(Dictionary<string, JsonElement>? Data, List<DocumentRefRequest>? Documents);

/// <summary><c>POST /calendars/{id}/retime</c>: without <c>apply: true</c> only a dry run.</summary>
public sealed record RetimeRequest(bool Apply);
