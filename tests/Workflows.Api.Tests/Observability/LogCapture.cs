using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Workflows.Api.Tests.Observability;

/// <summary>
/// A logger provider that keeps what a node logs, with each entry's structured values as well as its message, so a test
/// can look for what must be there (one line per command) and what must never be (a token, a secret, a document).
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Capturing(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Capturing(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new StringBuilder($"{logLevel} {category}: {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    line.Append(" | ").Append(key).Append('=').Append(value);
                }
            }

            if (exception is not null)
            {
                line.Append(" | ").Append(exception);
            }

            capture.lines.Enqueue(line.ToString());
        }
    }
}
