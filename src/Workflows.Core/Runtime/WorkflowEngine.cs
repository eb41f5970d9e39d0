using System.Collections.Immutable;
using Workflows.Core.Definitions;

namespace Workflows.Core.Runtime;

/// <summary>
/// The state machine: (definition, state, command, now) → (new state, effects) or a rejection. Pure and deterministic:
/// no IO, time and ids come from the <see cref="EngineContext"/>. A command either applies fully or is rejected with a
/// specific reason; it is never silently ignored.
/// </summary>
public static partial class WorkflowEngine
{
    /// <summary>Applies <paramref name="command"/>; <paramref name="state"/> is null only for <see cref="StartInstance"/>.</summary>
    public static CommandResult Apply(EngineContext context, InstanceState? state, InstanceCommand command)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (command is StartInstance start)
        {
            return state is null
                ? Start(context, start)
                : Reject(RejectionCode.InstanceAlreadyStarted, $"Instance {state.Id} has already started.");
        }

        ArgumentNullException.ThrowIfNull(state);
        if (state.Status != InstanceStatus.Running)
        {
            return Reject(RejectionCode.InstanceNotRunning, $"Instance {state.Id} is {state.Status.ToString().ToLowerInvariant()}; it takes no more commands.");
        }

        var progress = new InstanceProgress(context, state);
        return command switch
        {
            CompleteTask complete => Complete(progress, complete),
            ClaimTask claim => Claim(progress, claim),
            ReleaseTask release => Release(progress, release),
            ReassignTask reassign => Reassign(progress, reassign),
            ReceiveMessage deliver => Deliver(progress, deliver),
            FireTimer fire => Fire(progress, fire),
            CompleteSubProcess child => ChildCompleted(progress, child),
            CancelInstance cancel => Cancel(progress, cancel),
            _ => throw new ArgumentException($"Unknown command {command.GetType().Name}.", nameof(command)),
        };
    }

    private static CommandResult Start(EngineContext context, StartInstance start)
    {
        var definition = context.Definition;
        var bound = InstanceData.Bind(definition, ImmutableSortedDictionary.Create<string, object?>(StringComparer.Ordinal), start.Data, requireAll: true);
        if (!bound.Succeeded)
        {
            return Reject(new CommandRejection(RejectionCode.InvalidData, "The instance data does not fit the fields the definition declares.", bound.Errors));
        }

        if ((Handover.CheckSupplied(definition, null, start.Documents)
            ?? Handover.CheckHandedInBy(start.Actor, definition.Start.Actor, start.Documents)
            ?? Handover.CheckIntake(definition, start.Documents)) is { } refused)
        {
            return Reject(refused);
        }

        var due = definition.ServiceStandard is { } standard ? context.Calendar.Due(context.Now, standard.Total) : null;
        var state = new InstanceState(
            start.InstanceId, definition.Id, context.Version, definition.Agency, start.BusinessKey, InstanceStatus.Running, null,
            bound.Data, [], [], [], start.Parent, context.Now, due?.Due, null, due?.Provisional ?? false);
        var progress = new InstanceProgress(context, state, starting: true);
        progress.Record(start.Documents, null, null, start.Actor.UserId);
        var rejection = progress.Enter(definition.Start.Id, null);
        if (rejection is not null)
        {
            return Reject(rejection);
        }

        var detail = start.Parent is { } parent
            ? $"Started as a sub-process of instance {parent.InstanceId} on version {context.Version}"
            : $"Started '{definition.Title}' on version {context.Version}";
        return progress.Finish(start.Actor.UserId, "instance-started", null, definition.Start.Id, detail);
    }

    private static CommandResult Cancel(InstanceProgress progress, CancelInstance cancel)
    {
        if (progress.State.Parent is { } parent && cancel.Actor != Actor.System)
        {
            return Reject(RejectionCode.SubProcessOfParent,
                $"Instance {progress.State.Id} is a sub-process of instance {parent.InstanceId}; cancel that instance instead, and its sub-processes go with it.");
        }

        progress.Cancel(cancel.Reason, cancel.Actor.UserId);
        return progress.Finish(cancel.Actor.UserId, "instance-cancelled", null, null, $"Cancelled: {cancel.Reason}");
    }

    private static CommandResult Reject(RejectionCode code, string message) => CommandResult.Rejected(CommandRejection.Of(code, message));

    private static CommandResult Reject(CommandRejection rejection) => CommandResult.Rejected(rejection);
}
