namespace Workflows.Core.Runtime;

/// <summary>What an open step is waiting for before the instance can move on.</summary>
public enum WaitingFor
{
    /// <summary>A person holding the step's actor role completes it (task, decision, send with an actor).</summary>
    Actor,

    /// <summary>A message or document from an external party (receive).</summary>
    Message,

    /// <summary>A timer (wait).</summary>
    Timer,

    /// <summary>A sub-process instance to finish (call).</summary>
    SubProcess,
}
