using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Workflows.Infrastructure;

/// <summary>
/// One Information line per start-up phase with what it cost, so the time to ready can be read off a node's log (the
/// target is three seconds with the 49 definitions of the workflows folder on an empty database).
/// </summary>
public static partial class StartupPhases
{
    /// <summary>Runs one phase and logs how long it took.</summary>
    public static async Task<T> TimeAsync<T>(ILogger logger, string phase, Func<Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var watch = Stopwatch.StartNew();
        var result = await run();
        LogPhase(logger, phase, watch.ElapsedMilliseconds);
        return result;
    }

    /// <inheritdoc cref="TimeAsync{T}"/>
    public static async Task TimeAsync(ILogger logger, string phase, Func<Task> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var watch = Stopwatch.StartNew();
        await run();
        LogPhase(logger, phase, watch.ElapsedMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up: {Phase} took {Milliseconds} ms")]
    private static partial void LogPhase(ILogger logger, string phase, long milliseconds);
}
