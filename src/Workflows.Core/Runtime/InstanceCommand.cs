using System.Collections.Immutable;
using System.Text.Json;

namespace Workflows.Core.Runtime;

/// <summary>Something a person or the engine asks of an instance. Every command either applies fully or is rejected.</summary>
public abstract record InstanceCommand(Actor Actor);

/// <summary>Opens an instance at the definition's first step. <see cref="Data"/> is checked against the declared fields.</summary>
public sealed record StartInstance(
    Actor Actor,
    Guid InstanceId,
    string BusinessKey,
    IReadOnlyDictionary<string, JsonElement> Data,
    ImmutableArray<SuppliedDocument> Documents,
    ParentLink? Parent = null) : InstanceCommand(Actor);

/// <summary>A person finishes a task: the outcome (decisions only), changed data and the documents handed in.</summary>
public sealed record CompleteTask(
    Actor Actor,
    Guid TaskId,
    string? Outcome,
    IReadOnlyDictionary<string, JsonElement> Data,
    ImmutableArray<SuppliedDocument> Documents) : InstanceCommand(Actor);

/// <summary>The user takes a task offered to their role, so others see it is being worked on.</summary>
public sealed record ClaimTask(Actor Actor, Guid TaskId) : InstanceCommand(Actor);

/// <summary>The assignee gives a claimed task back to the role's pool.</summary>
public sealed record ReleaseTask(Actor Actor, Guid TaskId) : InstanceCommand(Actor);

/// <summary>A supervisor hands a task to a named user (or back to the pool when <see cref="Assignee"/> is null).</summary>
public sealed record ReassignTask(Actor Actor, Guid TaskId, string? Assignee) : InstanceCommand(Actor);

/// <summary>A message (by name) arrives for a waiting receive step, with its data and documents.</summary>
public sealed record ReceiveMessage(
    Actor Actor,
    string Message,
    IReadOnlyDictionary<string, JsonElement> Data,
    ImmutableArray<SuppliedDocument> Documents) : InstanceCommand(Actor);

/// <summary>The timer of a wait step has come due.</summary>
public sealed record FireTimer(Actor Actor, Guid TaskId) : InstanceCommand(Actor);

/// <summary>A sub-process started by a call step has finished; its result and documents come back to the parent.</summary>
public sealed record CompleteSubProcess(
    Actor Actor,
    Guid TaskId,
    Guid ChildInstanceId,
    string? Result,
    ImmutableArray<DocumentRecord> Documents) : InstanceCommand(Actor);

/// <summary>A supervisor stops the instance; every open step is closed.</summary>
public sealed record CancelInstance(Actor Actor, string Reason) : InstanceCommand(Actor);
