using Workflows.Core.Definitions;

namespace Workflows.Core.Runtime;

/// <summary>Commands of the people who work an instance: complete, claim, release and reassign tasks.</summary>
public static partial class WorkflowEngine
{
    private static CommandResult Complete(InstanceProgress progress, CompleteTask command)
    {
        var (open, refused) = OpenTaskFor(progress.State, command.TaskId, command.Actor);
        if (refused is not null)
        {
            return Reject(refused);
        }

        var definition = progress.Definition;
        var step = definition.Step(open!.StepId);
        if (open.Earliest is { } earliest && progress.Now < earliest)
        {
            // A range such as "1 – 6 bulan" is a minimum as well as a maximum: an internship cannot be closed after a week.
            return Reject(RejectionCode.TooEarly,
                $"Step '{step.Id}' has a mutu baku of '{step.Duration.Text}': it cannot be completed before {earliest:yyyy-MM-dd HH:mm zzz}.");
        }

        if (CheckOutcome(step, command.Outcome) is { } wrongOutcome)
        {
            return Reject(wrongOutcome);
        }

        var bound = InstanceData.Bind(definition, progress.State.Data, command.Data, requireAll: false);
        if (!bound.Succeeded)
        {
            return Reject(new CommandRejection(RejectionCode.InvalidData, $"The data handed in at step '{step.Id}' does not fit the declared fields.", bound.Errors));
        }

        if (step.Kind == StepKind.Decision && step.Outcomes.First(o => o.Name == command.Outcome) is { When: { } when } outcome)
        {
            var (holds, failed) = StepRouting.Holds(when, bound.Data, $"when outcome '{outcome.Name}' may be chosen");
            if (failed is not null || !holds)
            {
                return Reject(failed ?? CommandRejection.Of(RejectionCode.OutcomeNotAllowed,
                    $"Outcome '{outcome.Name}' of step '{step.Id}' may only be chosen when {when}, which does not hold on the instance data."));
            }
        }

        if ((Handover.CheckSupplied(definition, progress.State, command.Documents)
            ?? Handover.CheckHandedInBy(command.Actor, open.ActorRole, command.Documents)
            ?? Handover.CheckRequires(definition, step, progress.State, command.Documents)
            ?? Handover.CheckProduces(definition, step, command.Documents)) is { } documents)
        {
            return Reject(documents);
        }

        var user = command.Actor.UserId;
        progress.SetData(bound.Data);
        progress.Record(command.Documents, step.Id, open.TaskId, user);
        progress.Close(open, TaskCloseReason.Completed, command.Outcome, user);
        if (step.Kind == StepKind.Send)
        {
            progress.Dispatch(step, open.TaskId);
        }

        if (progress.MoveOn(open, command.Outcome) is { } stuck)
        {
            return Reject(stuck);
        }

        var detail = command.Outcome is null ? $"Completed '{step.Title}'" : $"Completed '{step.Title}' with outcome '{command.Outcome}'";
        return progress.Finish(user, "task-completed", open.TaskId, step.Id, detail);
    }

    private static CommandResult Claim(InstanceProgress progress, ClaimTask command)
    {
        var (open, refused) = OpenTaskFor(progress.State, command.TaskId, command.Actor);
        if (refused is not null)
        {
            return Reject(refused);
        }

        return Assign(progress, open!, command.Actor.UserId, command.Actor.UserId, "task-claimed", $"Claimed '{open!.StepId}'");
    }

    private static CommandResult Release(InstanceProgress progress, ReleaseTask command)
    {
        var open = progress.State.FindOpen(command.TaskId);
        if (open is null)
        {
            return Reject(NotOpen(progress.State, command.TaskId));
        }

        return open.Assignee != command.Actor.UserId
            ? Reject(RejectionCode.NotAssignedToYou, $"Task {open.TaskId} ('{open.StepId}') is not claimed by you, so you cannot release it.")
            : Assign(progress, open, null, command.Actor.UserId, "task-released", $"Released '{open.StepId}' to the role {open.ActorRole}");
    }

    private static CommandResult Reassign(InstanceProgress progress, ReassignTask command)
    {
        var open = progress.State.FindOpen(command.TaskId);
        if (open is null)
        {
            return Reject(NotOpen(progress.State, command.TaskId));
        }

        if (open.WaitingFor != WaitingFor.Actor)
        {
            return Reject(NotForPeople(open));
        }

        var detail = command.Assignee is null ? $"Returned '{open.StepId}' to the role {open.ActorRole}" : $"Reassigned '{open.StepId}' to {command.Assignee}";
        return Assign(progress, open, command.Assignee, command.Actor.UserId, "task-reassigned", detail);
    }

    private static CommandResult Assign(InstanceProgress progress, OpenStep open, string? assignee, string by, string action, string detail)
    {
        if (open.Assignee != assignee)
        {
            progress.Assign(open, assignee);
        }

        return progress.Finish(by, action, open.TaskId, open.StepId, detail, [KeyValuePair.Create("assignee", open.Assignee)], [KeyValuePair.Create("assignee", assignee)]);
    }

    /// <summary>The open task <paramref name="taskId"/> if <paramref name="actor"/> may work on it now.</summary>
    private static (OpenStep? Open, CommandRejection? Refused) OpenTaskFor(InstanceState state, Guid taskId, Actor actor)
    {
        var open = state.FindOpen(taskId);
        if (open is null)
        {
            return (null, NotOpen(state, taskId));
        }

        if (open.WaitingFor != WaitingFor.Actor)
        {
            return (null, NotForPeople(open));
        }

        if (!actor.Holds(open.ActorRole))
        {
            return (null, CommandRejection.Of(RejectionCode.NotActorRole,
                $"Step '{open.StepId}' is done by the actor role '{open.ActorRole}', which you do not hold."));
        }

        return open.Assignee is { } assignee && assignee != actor.UserId
            ? (null, CommandRejection.Of(RejectionCode.AssignedToSomeoneElse, $"Task {taskId} ('{open.StepId}') is claimed by {assignee}."))
            : (open, null);
    }

    private static CommandRejection? CheckOutcome(WorkflowStep step, string? outcome)
    {
        var names = string.Join(", ", step.Outcomes.Select(o => o.Name));
        if (step.Kind != StepKind.Decision)
        {
            return outcome is null ? null : CommandRejection.Of(RejectionCode.UnknownOutcome, $"Step '{step.Id}' is not a decision; it takes no outcome.");
        }

        return outcome is null
            ? CommandRejection.Of(RejectionCode.OutcomeRequired, $"Step '{step.Id}' is a decision: give an 'outcome' ({names}).")
            : step.Outcomes.All(o => o.Name != outcome)
                ? CommandRejection.Of(RejectionCode.UnknownOutcome, $"Step '{step.Id}' has no outcome '{outcome}'; its outcomes are {names}.")
                : null;
    }

    private static CommandRejection NotOpen(InstanceState state, Guid taskId) =>
        CommandRejection.Of(RejectionCode.TaskNotOpen, $"Task {taskId} is not open in instance {state.Id}; it was completed or closed already.");

    private static CommandRejection NotForPeople(OpenStep open) =>
        CommandRejection.Of(RejectionCode.NotWaitingForActor, open.WaitingFor switch
        {
            WaitingFor.Message => $"Step '{open.StepId}' waits for the message '{open.Message}', not for a person to complete it.",
            WaitingFor.Timer => $"Step '{open.StepId}' waits until {open.TimerAt:yyyy-MM-dd HH:mm zzz}, not for a person to complete it.",
            _ => $"Step '{open.StepId}' waits for its sub-process {open.ChildInstanceId} to finish, not for a person to complete it.",
        });
}
