namespace Workflows.Core.Runtime;

/// <summary>Commands that end a wait: a message arriving, a timer coming due, a sub-process finishing.</summary>
public static partial class WorkflowEngine
{
    private static CommandResult Deliver(InstanceProgress progress, ReceiveMessage command)
    {
        // Of several receive steps waiting for the same message (parallel branches), the one waiting longest takes it.
        var open = progress.State.Open.FirstOrDefault(o => o.WaitingFor == WaitingFor.Message && o.Message == command.Message);
        if (open is null)
        {
            var waiting = progress.State.Open.Where(o => o.WaitingFor == WaitingFor.Message).Select(o => o.Message).ToList();
            return Reject(RejectionCode.MessageNotExpected, waiting.Count == 0
                ? $"Instance {progress.State.Id} waits for no message now, so '{command.Message}' is not expected."
                : $"Instance {progress.State.Id} waits for {string.Join(", ", waiting.Select(m => $"'{m}'"))}, not '{command.Message}'.");
        }

        if (command.Actor != Actor.System && open.ActorRole is { } role && !command.Actor.Holds(role))
        {
            return Reject(RejectionCode.NotActorRole, $"The message '{open.Message}' of step '{open.StepId}' is recorded by the actor role '{role}', which you do not hold.");
        }

        var definition = progress.Definition;
        var step = definition.Step(open.StepId);
        var bound = InstanceData.Bind(definition, progress.State.Data, command.Data, requireAll: false);
        if (!bound.Succeeded)
        {
            return Reject(new CommandRejection(RejectionCode.InvalidData, $"The data of message '{command.Message}' does not fit the declared fields.", bound.Errors));
        }

        if ((Handover.CheckSupplied(definition, progress.State, command.Documents)
            ?? Handover.CheckHandedInBy(command.Actor, open.ActorRole, command.Documents)
            ?? Handover.CheckProduces(definition, step, command.Documents)) is { } documents)
        {
            return Reject(documents);
        }

        var by = command.Actor.UserId;
        progress.SetData(bound.Data);
        progress.Record(command.Documents, step.Id, open.TaskId, by);
        progress.Close(open, TaskCloseReason.Completed, null, by);
        return progress.MoveOn(open, null) is { } stuck
            ? Reject(stuck)
            : progress.Finish(by, "message-received", open.TaskId, step.Id, $"Message '{command.Message}' received from {step.Counterparty} with {command.Documents.Length} document(s)");
    }

    private static CommandResult Fire(InstanceProgress progress, FireTimer command)
    {
        var open = progress.State.FindOpen(command.TaskId);
        if (open is not { WaitingFor: WaitingFor.Timer, TimerAt: { } at })
        {
            return Reject(RejectionCode.TimerNotPending, $"Instance {progress.State.Id} has no pending timer {command.TaskId}.");
        }

        if (at > progress.Now)
        {
            return Reject(RejectionCode.TimerNotPending, $"The timer of step '{open.StepId}' is not due until {at:yyyy-MM-dd HH:mm zzz}.");
        }

        progress.Close(open, TaskCloseReason.Completed, null, command.Actor.UserId);
        return progress.MoveOn(open, null) is { } stuck
            ? Reject(stuck)
            : progress.Finish(command.Actor.UserId, "timer-fired", open.TaskId, open.StepId, $"The wait of step '{open.StepId}' ended at {at:yyyy-MM-dd HH:mm zzz}");
    }

    private static CommandResult ChildCompleted(InstanceProgress progress, CompleteSubProcess command)
    {
        var open = progress.State.FindOpen(command.TaskId);
        if (open is null || open.WaitingFor != WaitingFor.SubProcess || open.ChildInstanceId != command.ChildInstanceId)
        {
            return Reject(RejectionCode.SubProcessMismatch, $"Instance {progress.State.Id} has no call step {command.TaskId} waiting for sub-process {command.ChildInstanceId}.");
        }

        // The child's documents come back as far as the parent declares their types and does not hold them already.
        var declared = progress.Definition.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var held = progress.State.Documents.Select(d => d.Id).ToHashSet();
        foreach (var document in command.Documents.Where(d => declared.Contains(d.Type) && !held.Contains(d.Id)).DistinctBy(d => d.Id))
        {
            progress.Record(document);
        }

        progress.Close(open, TaskCloseReason.Completed, command.Result, command.Actor.UserId);
        return progress.MoveOn(open, null) is { } stuck
            ? Reject(stuck)
            : progress.Finish(command.Actor.UserId, "sub-process-completed", open.TaskId, open.StepId,
                $"Sub-process {command.ChildInstanceId} ended{(command.Result is null ? string.Empty : $": {command.Result}")}");
    }
}
