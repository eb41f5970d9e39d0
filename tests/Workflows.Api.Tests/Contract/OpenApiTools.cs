using System.Diagnostics;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Contract;

/// <summary>Runs the npm tools of <c>tools/openapi</c> (installed by <c>npm ci</c> in ensure-tools.sh) on the served document.</summary>
internal static class OpenApiTools
{
    public static string Folder => Path.Combine(TestWorkflowsFolder.RepositoryRoot(), "tools", "openapi");

    /// <summary>
    /// The served document, written into tools/openapi under <paramref name="name"/> (ignored by git): the lint ignore file
    /// names the document by its path, so the path is fixed.
    /// </summary>
    public static async Task<string> ServedDocumentAsync(string name)
    {
        using var anonymous = WorkflowsServer.Factory.CreateClient();
        var path = Path.Combine(Folder, name);
        await File.WriteAllTextAsync(path, await anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        return path;
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string tool, params string[] arguments)
    {
        var binary = Path.Combine(Folder, "node_modules", ".bin", tool);
        Assert.That(File.Exists(binary), Is.True, $"{binary} is missing: run `npm ci` in tools/openapi (deploy/local/ensure-tools.sh does).");
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(binary)!, File.ResolveLinkTarget(binary, true)?.FullName ?? binary)));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
