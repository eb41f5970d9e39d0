using Workflows.Core.Runtime;
using Workflows.Infrastructure.Results;

namespace Workflows.Infrastructure.Runtime;

/// <summary>How the engine's rejections are reported: the kind decides the HTTP status, the code names the reason.</summary>
public static class RejectionFailures
{
    public static Failure ToFailure(CommandRejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return new Failure(KindOf(rejection.Code), FailureCodes.Of(rejection.Code), rejection.Message, rejection.Details) { Rejection = rejection.Code };
    }

    /// <summary>The kind (and so the HTTP status) a rejection is answered with.</summary>
    public static FailureKind KindOf(RejectionCode code) => code switch
    {
        RejectionCode.NotActorRole or RejectionCode.DocumentNotYours => FailureKind.Forbidden,
        RejectionCode.InstanceNotRunning or RejectionCode.InstanceAlreadyStarted or RejectionCode.TaskNotOpen
            or RejectionCode.NotWaitingForActor or RejectionCode.AssignedToSomeoneElse or RejectionCode.NotAssignedToYou
            or RejectionCode.MessageNotExpected or RejectionCode.TimerNotPending or RejectionCode.SubProcessMismatch
            or RejectionCode.SubProcessOfParent or RejectionCode.TooEarly => FailureKind.Conflict,
        _ => FailureKind.Unprocessable,
    };
}
