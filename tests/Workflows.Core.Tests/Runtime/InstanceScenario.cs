using System.Collections.Immutable;
using System.Text.Json;
using Workflows.Core.Definitions;
using Workflows.Core.Runtime;
using Workflows.Core.Tests.Time;
using Workflows.Core.Time;

namespace Workflows.Core.Tests.Runtime;

/// <summary>
/// One instance run through the engine as a story: a compiled definition, a clock the test moves by hand, the state after
/// the last accepted command and the result of the last command. Ids come from counters, so a run is repeatable.
/// </summary>
internal sealed class InstanceScenario
{
    public const string DefaultData = """{ "nama": "Budi Santoso" }""";

    /// <summary>Monday 14 April 2025, 08:00 WIB: a plain working day.</summary>
    public static readonly DateTimeOffset StartTime = TestCalendars.Wib("2025-04-14 08:00");

    public static readonly Guid InstanceId = Guid.Parse("c0000000-0000-0000-0000-000000000001");

    private static readonly Lazy<WorkingCalendar> IdAsn = new(() => TestCalendars.Asn());

    private int ids;
    private int documents;
    private InstanceState? state;
    private CommandResult? last;

    public InstanceScenario(string steps, string? startAt = null, string header = InstanceDefinition.Header, WorkingCalendar? calendar = null)
    {
        Definition = InstanceDefinition.Compile(steps, header);
        Now = startAt is null ? StartTime : TestCalendars.Wib(startAt);
        Calendar = calendar ?? IdAsn.Value;
    }

    public WorkflowDefinition Definition { get; }

    public WorkingCalendar Calendar { get; }

    public DateTimeOffset Now { get; private set; }

    public InstanceState State => state ?? throw new InvalidOperationException("The case has not started.");

    public CommandResult Last => last ?? throw new InvalidOperationException("No command was applied yet.");

    public ImmutableArray<InstanceEffect> Effects => Last.Effects;

    public CommandRejection? Rejection => Last.Rejection;

    public IReadOnlyList<OpenStep> OpenSteps => State.Open;

    public IEnumerable<string> OpenStepIds => State.Open.Select(o => o.StepId);

    public IEnumerable<T> EffectsOf<T>() where T : InstanceEffect => Last.EffectsOf<T>();

    public T Effect<T>() where T : InstanceEffect => EffectsOf<T>().Single();

    public object? Value(string field) => State.Data.GetValueOrDefault(field);

    /// <summary>The one open step with this id.</summary>
    public OpenStep Open(string stepId) => State.Open.SingleOrDefault(o => o.StepId == stepId)
        ?? throw new AssertionException($"Step '{stepId}' is not open; open: {string.Join(", ", OpenStepIds)}.");

    public void AdvanceClock(TimeSpan by) => Now += by;

    public void SetClock(string local) => Now = TestCalendars.Wib(local);

    public SuppliedDocument Document(string type)
    {
        var id = Guid.Parse($"d0c00000-0000-0000-0000-{++documents:D12}");
        return new SuppliedDocument(id, type, $"{type}-{documents}.pdf", "application/pdf", 1_024, new string('a', 64));
    }

    public CommandResult Start() => Start(DefaultData, Document("usul"));

    public CommandResult Start(string data, params SuppliedDocument[] handedIn) =>
        Apply(new StartInstance(Staff.Pemohon, InstanceId, "BKPSDM-2025-001", Data(data), [.. handedIn]));

    public CommandResult StartAsSubProcessOf(ParentLink parent) =>
        Apply(new StartInstance(Actor.System, InstanceId, "BKPSDM-2025-001", Data(DefaultData), [Document("usul")], parent));

    public CommandResult Complete(string step, Actor actor, string? outcome = null, string data = "{}", params SuppliedDocument[] handedIn) =>
        Complete(Open(step).TaskId, actor, outcome, data, handedIn);

    public CommandResult Complete(Guid taskId, Actor actor, string? outcome = null, string data = "{}", params SuppliedDocument[] handedIn) =>
        Apply(new CompleteTask(actor, taskId, outcome, Data(data), [.. handedIn]));

    public CommandResult Claim(string step, Actor actor) => Apply(new ClaimTask(actor, Open(step).TaskId));

    public CommandResult Release(string step, Actor actor) => Apply(new ReleaseTask(actor, Open(step).TaskId));

    public CommandResult Deliver(string message, string data = "{}", params SuppliedDocument[] handedIn) =>
        DeliverAs(Actor.System, message, data, handedIn);

    public CommandResult DeliverAs(Actor actor, string message, string data = "{}", params SuppliedDocument[] handedIn) =>
        Apply(new ReceiveMessage(actor, message, Data(data), [.. handedIn]));

    public CommandResult Fire(string step) => Apply(new FireTimer(Actor.System, Open(step).TaskId));

    /// <summary>The sub-process of call step <paramref name="step"/> reports back (as <paramref name="child"/> if given).</summary>
    public CommandResult ChildCompleted(string step, Guid? child = null, string? result = null, params DocumentRecord[] returned)
    {
        var open = Open(step);
        return Apply(new CompleteSubProcess(Actor.System, open.TaskId, child ?? open.ChildInstanceId!.Value, result, [.. returned]));
    }

    public CommandResult Cancel(string reason, Actor actor) => Apply(new CancelInstance(actor, reason));

    /// <summary>Applies any command at the current time; the state moves on only when the engine accepts it.</summary>
    public CommandResult Apply(InstanceCommand command)
    {
        var context = new EngineContext(Definition, 1, Calendar, Now, () => Guid.Parse($"00000000-0000-0000-0000-{++ids:D12}"));
        last = WorkflowEngine.Apply(context, state, command);
        if (last.Accepted)
        {
            state = last.State;
        }

        return last;
    }

    public static IReadOnlyDictionary<string, JsonElement> Data(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }
}
