using Workflows.Core.Definitions;
using Workflows.Core.Time;

namespace Workflows.Core.Runtime;

/// <summary>
/// What the state machine works with besides the state and the command: the definition and the number of the version
/// the instance runs on, its working calendar, the current time and a source of new ids (injected, so runs are
/// deterministic in tests).
/// </summary>
public sealed record EngineContext(WorkflowDefinition Definition, int Version, WorkingCalendar Calendar, DateTimeOffset Now, Func<Guid> NewId)
{
    /// <summary>Steps one command may enter (automatic ones included: parallel, send without actor) before it is refused as a loop.</summary>
    public const int MaxAutomaticSteps = 1_000;
}
