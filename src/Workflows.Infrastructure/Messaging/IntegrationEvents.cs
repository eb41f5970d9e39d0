using Workflows.Contracts.V1;
using Workflows.Core.Definitions;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Persistence;

namespace Workflows.Infrastructure.Messaging;

/// <summary>The integration events one accepted command causes, from its effects, in the order they happened.</summary>
internal static class IntegrationEvents
{
    public static IEnumerable<IWorkflowEvent> From(InstanceRow row, WorkflowDefinition definition, CommandResult result, bool started, DateTimeOffset now)
    {
        var state = result.State!;
        var head = new Head(row, now);
        if (started)
        {
            yield return new InstanceStarted(head.NewId(), now, row.Agency, row.Id, row.DefinitionId, row.BusinessKey, row.DefinitionVersion, row.StartedBy);
        }

        var opened = result.Effects.OfType<StepOpened>().Select(o => o.Task).ToList();
        foreach (var effect in result.Effects)
        {
            switch (effect)
            {
                case StepOpened { Task: var task }:
                    yield return new TaskOpened(head.NewId(), now, row.Agency, row.Id, row.DefinitionId, row.BusinessKey,
                        task.TaskId, task.StepId, definition.Step(task.StepId).Title, task.ActorRole,
                        task.WaitingFor.ToString().ToLowerInvariant(), task.Due, task.Provisional);
                    break;
                case StepClosed { Reason: TaskCloseReason.Completed } closed:
                    yield return new TaskCompleted(head.NewId(), now, row.Agency, row.Id, row.DefinitionId, row.BusinessKey,
                        closed.TaskId, closed.StepId, closed.Outcome, closed.By);
                    break;
                case AssigneeChanged assigned:
                    yield return new TaskAssigned(head.NewId(), now, row.Agency, row.Id, row.DefinitionId, row.BusinessKey,
                        assigned.TaskId, state.FindOpen(assigned.TaskId)?.StepId ?? "", assigned.Assignee, assigned.Previous);
                    break;
                case DocumentRecorded { Document: var document }:
                    foreach (var handedOver in HandedOver(head, definition, document, opened))
                    {
                        yield return handedOver;
                    }

                    break;
                case MessageDispatched dispatched:
                    var sent = state.Documents.Where(d => dispatched.DocumentIds.Contains(d.Id)).Select(Info).ToList();
                    yield return new DocumentDispatched(head.NewId(), now, row.Agency, row.Id, row.DefinitionId, row.BusinessKey,
                        dispatched.TaskId, dispatched.StepId, dispatched.To, dispatched.Message, sent);
                    break;
                case EndReached completed:
                    yield return new InstanceCompleted(head.NewId(), now, row.Agency, row.Id, row.DefinitionId, row.BusinessKey, completed.Result);
                    break;
                case CancelApplied cancelled:
                    yield return new InstanceCancelled(head.NewId(), now, row.Agency, row.Id, row.DefinitionId, row.BusinessKey, cancelled.Reason);
                    break;
            }
        }
    }

    public static DocumentInfo Info(DocumentRecord d) => new(d.Id, d.Type, d.FileName, d.ContentType, d.Size, d.Sha256);

    /// <summary>A document produced at one step goes to the actor of each step the command opened (or nowhere, at the end).</summary>
    private static IEnumerable<IWorkflowEvent> HandedOver(Head head, WorkflowDefinition definition, DocumentRecord document, List<OpenStep> opened)
    {
        var row = head.Row;
        var fromActor = document.StepId is { } from && definition.TryGetStep(from, out var step) ? step.Actor ?? step.Counterparty : null;
        var next = opened.Where(o => o.StepId != document.StepId).ToList();
        if (next.Count == 0)
        {
            yield return new DocumentHandedOver(head.NewId(), head.Now, row.Agency, row.Id, row.DefinitionId, row.BusinessKey, Info(document), document.StepId, fromActor, null, null);
            yield break;
        }

        foreach (var to in next)
        {
            yield return new DocumentHandedOver(head.NewId(), head.Now, row.Agency, row.Id, row.DefinitionId, row.BusinessKey,
                Info(document), document.StepId, fromActor, to.StepId, to.ActorRole);
        }
    }

    private sealed record Head(InstanceRow Row, DateTimeOffset Now)
    {
        public Guid NewId() => Guid.CreateVersion7(Now);
    }
}
