using System.Diagnostics;

namespace Workflows.Api.Tests.Support;

/// <summary>
/// The project-local RabbitMQ that <c>make test</c> starts (<c>deploy/local/rabbitmq.sh</c>), or the broker named by
/// <c>WORKFLOWS_TEST_RABBITMQ</c>. Tests that simulate an outage stop and start it through the same script.
/// </summary>
public static class LocalRabbitMq
{
    public static string Url { get; } = Environment.GetEnvironmentVariable("WORKFLOWS_TEST_RABBITMQ") ?? Script("url").Trim();

    public static void Stop() => Script("stop");

    public static void Start() => Script("start");

    private static string Script(string command)
    {
        var script = Path.Combine(TestWorkflowsFolder.RepositoryRoot(), "deploy", "local", "rabbitmq.sh");
        using var process = Process.Start(new ProcessStartInfo(script, command) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"rabbitmq.sh {command} did not finish in 2 minutes");
        }

        return process.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException($"rabbitmq.sh {command} failed ({process.ExitCode}): {error.Result}");
    }
}
