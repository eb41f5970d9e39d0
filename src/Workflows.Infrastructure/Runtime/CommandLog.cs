using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Results;

namespace Workflows.Infrastructure.Runtime;

/// <summary>
/// One log line per command on an instance, with the trace id that ties it to its request. It names the command, the instance,
/// the definition, the agency, who asked and how it ended; never the instance's data, documents or the caller's token.
/// </summary>
internal static partial class CommandLog
{
    /// <summary>
    /// A trace for a command that arrives without one (a timer firing, a message from the bus), so its line has an id
    /// too; null when the request's trace is already current.
    /// </summary>
    public static Activity? Trace() => Activity.Current is null ? new Activity("Workflows.Command").Start() : null;

    public static void Log(ILogger logger, InstanceCommand command, Guid? instanceId, string definitionId, string? agency, Outcome<InstanceSnapshot> outcome)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var name = command.GetType().Name;
            var result = outcome.Succeeded ? "done" : outcome.Failure.Code;
            var trace = Activity.Current?.TraceId.ToString() ?? "-";
            Applied(logger, name, instanceId, definitionId, outcome.Succeeded ? outcome.Value.Row.Agency : agency ?? "-", command.Actor.UserId, result, trace);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Command} on case {InstanceId} of {Definition} ({Agency}) by {Actor}: {Result}; trace {TraceId}")]
    private static partial void Applied(ILogger logger, string command, Guid? instanceId, string definition, string agency, string actor, string result, string traceId);
}
