using System.Collections.Immutable;
using Workflows.Core.Definitions;

namespace Workflows.Core.Runtime;

/// <summary>
/// One command's work on an instance: the state as it changes and the effects in the order they happened. Steps are
/// entered through a queue of tokens (a step id and the parallel block it runs in), so automatic steps — parallel
/// forks, sends without an actor, waits already due — run without recursion until every token rests at a person, a
/// message, a timer, a sub-process or an end.
/// </summary>
internal sealed class InstanceProgress
{
    private readonly EngineContext context;
    private readonly InstanceState? before;
    private readonly ImmutableArray<InstanceEffect>.Builder effects = ImmutableArray.CreateBuilder<InstanceEffect>();
    private readonly Queue<(string StepId, Guid? Fork)> tokens = new();
    private int stepsEntered;

    /// <param name="starting">The instance is new: its audit line compares with nothing rather than with <paramref name="state"/>.</param>
    public InstanceProgress(EngineContext context, InstanceState state, bool starting = false)
    {
        this.context = context;
        before = starting ? null : state;
        State = state;
    }

    public InstanceState State { get; private set; }

    public WorkflowDefinition Definition => context.Definition;

    public DateTimeOffset Now => context.Now;

    public void Emit(InstanceEffect effect) => effects.Add(effect);

    public void SetData(ImmutableSortedDictionary<string, object?> data) => State = State with { Data = data };

    public void Record(IEnumerable<SuppliedDocument> documents, string? stepId, Guid? taskId, string by)
    {
        foreach (var d in documents)
        {
            Record(new DocumentRecord(d.Id, d.Type, d.FileName, d.ContentType, d.Size, d.Sha256, stepId, taskId, by, Now));
        }
    }

    public void Record(DocumentRecord document)
    {
        State = State with { Documents = State.Documents.Add(document) };
        Emit(new DocumentRecorded(document));
    }

    public void Close(OpenStep open, TaskCloseReason reason, string? outcome, string by)
    {
        State = State with { Open = State.Open.Remove(open) };
        Emit(new StepClosed(open.TaskId, open.StepId, reason, outcome, by));
    }

    public void Assign(OpenStep open, string? assignee)
    {
        State = State with { Open = State.Open.Replace(open, open with { Assignee = assignee }) };
        Emit(new AssigneeChanged(open.TaskId, assignee, open.Assignee));
    }

    /// <summary>Enters <paramref name="stepId"/> and runs until every token rests.</summary>
    public CommandRejection? Enter(string stepId, Guid? fork)
    {
        tokens.Enqueue((stepId, fork));
        return Run();
    }

    /// <summary>Leaves <paramref name="left"/> (already closed) for the step its <c>next</c> or outcome names.</summary>
    public CommandRejection? MoveOn(OpenStep left, string? outcome)
    {
        var (target, rejection) = StepRouting.Next(Definition.Step(left.StepId), outcome, State.Data);
        return rejection ?? Enter(target!, left.Fork);
    }

    /// <summary>Closes every open step, then ends the instance as cancelled.</summary>
    public void Cancel(string reason, string by)
    {
        CloseAll(by);
        State = State with { Status = InstanceStatus.Cancelled, Forks = [], EndedAt = Now };
        Emit(new CancelApplied(reason, State.Parent));
    }

    /// <summary>
    /// The command's result, with its audit line (what changed between the state before and after) first, before the
    /// lines of what it set off (messages sent, sub-processes started, the instance ending).
    /// </summary>
    public CommandResult Finish(string actor, string action, Guid? taskId, string? stepId, string detail, IEnumerable<KeyValuePair<string, string?>>? beforeExtra = null, IEnumerable<KeyValuePair<string, string?>>? afterExtra = null)
    {
        var (was, now) = AuditSnapshot.Difference(before, State);
        was = was.AddRange(beforeExtra ?? []);
        now = now.AddRange(afterExtra ?? []);
        effects.Insert(0, new Audited(new AuditEntry(Now, actor, action, taskId, stepId, detail, was, now)));
        return CommandResult.Applied(State, effects.ToImmutable());
    }

    public void Audit(string action, Guid? taskId, string? stepId, string detail) =>
        Emit(new Audited(new AuditEntry(Now, Actor.System.UserId, action, taskId, stepId, detail, AuditSnapshot.Empty, AuditSnapshot.Empty)));

    private CommandRejection? Run()
    {
        while (State.Status == InstanceStatus.Running && tokens.TryDequeue(out var token))
        {
            if (++stepsEntered > EngineContext.MaxAutomaticSteps)
            {
                return CommandRejection.Of(RejectionCode.RunawayLoop,
                    $"The instance entered more than {EngineContext.MaxAutomaticSteps} steps in one go without stopping at a person, message, timer or sub-process (a loop of automatic steps at '{token.StepId}').");
            }

            var step = Definition.Step(token.StepId);
            if (!Arrive(step, ref token))
            {
                continue;
            }

            var rejection = EnterStep(step, token.Fork);
            if (rejection is not null)
            {
                return rejection;
            }
        }

        return null;
    }

    /// <summary>Counts a branch arriving at its block's join; false while other branches are still on their way.</summary>
    private bool Arrive(WorkflowStep step, ref (string StepId, Guid? Fork) token)
    {
        // The validator gives every block a join of its own (WF019), so a branch completes at most its own block here.
        if (token.Fork is { } forkId && State.Forks.FirstOrDefault(f => f.Id == forkId) is { } frame && frame.JoinStepId == step.Id)
        {
            var arrived = frame with { Arrived = frame.Arrived + 1 };
            if (arrived.Arrived < arrived.Expected)
            {
                State = State with { Forks = State.Forks.Replace(frame, arrived) };
                return false;
            }

            State = State with { Forks = State.Forks.Remove(frame) };
            token = (token.StepId, frame.Parent);
        }

        return true;
    }

    /// <summary>Enters a step by its kind; every kind is named, so a new one fails the build until it is handled here.</summary>
    private CommandRejection? EnterStep(WorkflowStep step, Guid? fork) => step.Kind switch
    {
        StepKind.Task or StepKind.Decision => Entered(() => Open(step, fork, WaitingFor.Actor)),
        StepKind.Send when step.Actor is not null => Entered(() => Open(step, fork, WaitingFor.Actor, message: step.Message)),
        StepKind.Send => SendNow(step, fork),
        StepKind.Receive => Entered(() => Open(step, fork, WaitingFor.Message, message: step.Message ?? step.Id)),
        StepKind.Call => Entered(() => OpenCall(step, fork)),
        StepKind.Wait => EnterWait(step, fork),
        StepKind.Parallel => Entered(() => Fork(step, fork)),
        StepKind.End => Entered(() => End(step)),
    };

    private static CommandRejection? Entered(Action enter)
    {
        enter();
        return null;
    }

    private CommandRejection? SendNow(WorkflowStep step, Guid? fork)
    {
        Dispatch(step, context.NewId());
        return Follow(step, fork);
    }

    private void Fork(WorkflowStep step, Guid? fork)
    {
        var frame = new ForkFrame(context.NewId(), step.Id, step.Join!, step.Branches.Length, 0, fork);
        State = State with { Forks = State.Forks.Add(frame) };
        foreach (var branch in step.Branches)
        {
            tokens.Enqueue((branch, frame.Id));
        }
    }

    /// <summary>Hands the latest document of each type the send step requires to its external recipient.</summary>
    public void Dispatch(WorkflowStep step, Guid taskId)
    {
        var documents = step.Requires
            .Select(type => State.Documents.LastOrDefault(d => d.Type == type))
            .OfType<DocumentRecord>()
            .Select(d => d.Id)
            .ToImmutableArray();
        var message = step.Message ?? step.Id;
        Emit(new MessageDispatched(taskId, step.Id, step.Counterparty!, message, documents));
        Audit("message-sent", taskId, step.Id, $"Message '{message}' sent to {step.Counterparty} with {documents.Length} document(s)");
    }

    private CommandRejection? Follow(WorkflowStep step, Guid? fork)
    {
        var (target, rejection) = StepRouting.Next(step, null, State.Data);
        if (rejection is null)
        {
            tokens.Enqueue((target!, fork));
        }

        return rejection;
    }

    private CommandRejection? EnterWait(WorkflowStep step, Guid? fork)
    {
        var (at, provisional, rejection) = StepRouting.WaitUntil(step, State.Data, context.Calendar, Now);
        if (rejection is not null)
        {
            return rejection;
        }

        if (at is { } time && time > Now)
        {
            var open = Open(step, fork, WaitingFor.Timer, timerAt: time, timerProvisional: provisional);
            Emit(new TimerScheduled(open.TaskId, step.Id, time));
            return null;
        }

        // The time has already come (a date in the past, or no standard to wait for): pass on at once.
        return Follow(step, fork);
    }

    private void OpenCall(WorkflowStep step, Guid? fork)
    {
        var child = context.NewId();
        var open = Open(step, fork, WaitingFor.SubProcess, child: child);
        var documents = step.Requires.IsEmpty ? State.Documents : State.Documents.Where(d => step.Requires.Contains(d.Type));
        Emit(new SubProcessRequested(new ParentLink(State.Id, open.TaskId), child, step.CalledDefinition!, State.BusinessKey, State.Data, [.. documents]));
        Audit("sub-process-started", open.TaskId, step.Id, $"Sub-process {child} of '{step.CalledDefinition}' started");
    }

    private OpenStep Open(
        WorkflowStep step, Guid? fork, WaitingFor waitingFor, string? message = null, DateTimeOffset? timerAt = null, Guid? child = null, bool timerProvisional = false)
    {
        // A wait's own duration is its timer, not a mutu baku that can be overrun.
        var window = step.Kind == StepKind.Wait ? new Time.DueWindow(null, null) : context.Calendar.Due(Now, step.Duration);
        var open = new OpenStep(
            context.NewId(), step.Id, step.Kind, waitingFor, step.Actor, null, Now, window.Earliest, window.Due, fork, message, timerAt, child,
            window.Provisional || timerProvisional);
        State = State with { Open = State.Open.Add(open) };
        Emit(new StepOpened(open));
        if (window.Due is { } due)
        {
            Emit(new DeadlineSet(open.TaskId, step.Id, window.Earliest, due));
        }

        return open;
    }

    private void End(WorkflowStep step)
    {
        // The validator keeps ends out of parallel branches, so normally nothing is open here any more.
        CloseAll(Actor.System.UserId);

        State = State with { Status = InstanceStatus.Completed, Result = step.Result, Forks = [], EndedAt = Now };
        Emit(new EndReached(step.Result, State.Parent));
        Audit("instance-completed", null, step.Id, step.Result is null ? "The instance ended" : $"The instance ended: {step.Result}");
    }

    /// <summary>Closes every open step as cancelled and asks for the sub-processes of open call steps to be cancelled.</summary>
    private void CloseAll(string by)
    {
        foreach (var open in State.Open)
        {
            Close(open, TaskCloseReason.Cancelled, null, by);
            if (open.ChildInstanceId is { } child)
            {
                Emit(new SubProcessCancelRequested(child));
            }
        }
    }
}
