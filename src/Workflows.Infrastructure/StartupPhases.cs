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
        var (watch, cpu) = (Stopwatch.StartNew(), ProcessorTime());
        var result = await run();
        Done(logger, phase, watch, cpu);
        return result;
    }

    /// <inheritdoc cref="TimeAsync{T}"/>
    public static async Task TimeAsync(ILogger logger, string phase, Func<Task> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var (watch, cpu) = (Stopwatch.StartNew(), ProcessorTime());
        await run();
        Done(logger, phase, watch, cpu);
    }

    private static void Done(ILogger logger, string phase, Stopwatch watch, TimeSpan cpu)
    {
        var elapsed = watch.ElapsedMilliseconds;
        var processor = (long)(ProcessorTime() - cpu).TotalMilliseconds;
        LogPhase(logger, phase, elapsed, processor);
    }

    /// <summary>
    /// The processor time the whole process has used: on a busy machine the elapsed time says more about the neighbours
    /// than about the phase, so both are logged.
    /// </summary>
    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up: {Phase} took {Milliseconds} ms ({ProcessorMilliseconds} ms of processor time)")]
    private static partial void LogPhase(ILogger logger, string phase, long milliseconds, long processorMilliseconds);
}
