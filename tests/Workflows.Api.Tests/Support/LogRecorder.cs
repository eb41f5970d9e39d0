using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Workflows.Api.Tests.Support;

/// <summary>Keeps what a server (or one of its services) logs, for a test that reads its log lines.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message)> lines = new();

    public IReadOnlyList<(string Category, LogLevel Level, string Message)> Lines => [.. lines];

    public IEnumerable<string> Messages(string category, LogLevel level) =>
        Lines.Where(l => l.Category == category && l.Level == level).Select(l => l.Message);

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    /// <summary>A logger for a service the test makes itself.</summary>
    public ILogger<T> CreateLogger<T>() => new Logger<T>(new LoggerFactory([this]));

    public void Dispose()
    {
    }

    private sealed class Recorder(LogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.lines.Enqueue((category, logLevel, formatter(state, exception)));
    }
}
