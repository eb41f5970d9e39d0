using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace Workflows.Infrastructure.Scheduling;

/// <summary>
/// Hangfire's log output into the host's logging. Hangfire keeps one log provider for the whole process, so a process
/// that hosts several nodes one after another (the integration tests) would have Hangfire ask a stopped node's logger
/// factory for loggers and fail the job; a disposed factory gives a silent logger instead.
/// </summary>
internal sealed class HangfireLogging(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider host = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return host.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return new Silent();
        }
    }

    private sealed class Silent : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
