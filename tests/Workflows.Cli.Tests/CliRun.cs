using Workflows.Cli;

namespace Workflows.Cli.Tests;

/// <summary>One run of the <c>workflows</c> command in-process, from the repository root unless told otherwise.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => In(RepositoryPaths.Root, RunClock.Instance, args);

    public static CliRun In(string directory, TimeProvider time, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = directory;
        try
        {
            var code = CliApp.Run(args, stdout, stderr, time);
            return new CliRun(code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
