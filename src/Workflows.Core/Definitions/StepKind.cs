namespace Workflows.Core.Definitions;

public enum StepKind
{
    /// <summary>An actor does the work and hands over its output.</summary>
    Task,

    /// <summary>◇ in the SOP table: the actor picks an outcome, which selects the next step (possibly back).</summary>
    Decision,

    /// <summary>Branches that all run, then meet at the join step.</summary>
    Parallel,

    /// <summary>Waits for a message or document from an external party.</summary>
    Receive,

    /// <summary>Hands documents to an external party.</summary>
    Send,

    /// <summary>A timer: a duration, or until a date held in <c>data</c>.</summary>
    Wait,

    /// <summary>Runs another definition as a sub-process.</summary>
    Call,

    End,
}
