namespace Workflows.Core.Runtime;

/// <summary>Why a command did not fit the instance. The web host maps each to an HTTP status.</summary>
public enum RejectionCode
{
    /// <summary>The instance is completed or cancelled.</summary>
    InstanceNotRunning,

    /// <summary>A start command for an instance that already exists.</summary>
    InstanceAlreadyStarted,

    /// <summary>No open step of this instance has that task id (it was completed or closed already).</summary>
    TaskNotOpen,

    /// <summary>The step waits for a message, timer or sub-process, not a person.</summary>
    NotWaitingForActor,

    /// <summary>The user does not hold the step's actor role.</summary>
    NotActorRole,

    /// <summary>The task is claimed by someone else.</summary>
    AssignedToSomeoneElse,

    /// <summary>Release of a task the user has not claimed.</summary>
    NotAssignedToYou,

    /// <summary>The step's mutu baku is a range and its minimum has not passed yet.</summary>
    TooEarly,

    /// <summary>A decision completed without an outcome.</summary>
    OutcomeRequired,

    /// <summary>An outcome the step does not declare, or an outcome given to a step that is not a decision.</summary>
    UnknownOutcome,

    /// <summary>The outcome's <c>when</c> does not hold on the instance data.</summary>
    OutcomeNotAllowed,

    /// <summary>Data that does not fit the declared fields (unknown field, wrong type, constraint, missing required).</summary>
    InvalidData,

    /// <summary>A document of a type the definition does not declare.</summary>
    UnknownDocumentType,

    /// <summary>The kelengkapan check: documents the step requires are missing.</summary>
    MissingRequiredDocuments,

    /// <summary>Documents the step produces were not handed in.</summary>
    MissingProducedDocuments,

    /// <summary>The same document was handed in twice.</summary>
    DuplicateDocument,

    /// <summary>An upload no instance holds yet, handed in by someone who neither uploaded it nor holds the step's actor role.</summary>
    DocumentNotYours,

    /// <summary>No receive step of the instance waits for that message.</summary>
    MessageNotExpected,

    /// <summary>No open wait step has that timer, or it is not due yet.</summary>
    TimerNotPending,

    /// <summary>The sub-process does not belong to that call step.</summary>
    SubProcessMismatch,

    /// <summary>A person tried to cancel a sub-process directly; its parent instance is cancelled instead.</summary>
    SubProcessOfParent,

    /// <summary>No <c>next</c> condition holds and there is no default.</summary>
    NoTransition,

    /// <summary>A condition could not be evaluated on the instance data (e.g. a true/false field used alone has no value).</summary>
    ConditionFailed,

    /// <summary>Automatic steps kept moving without reaching a person or a wait (a loop of automatic steps).</summary>
    RunawayLoop,
}
