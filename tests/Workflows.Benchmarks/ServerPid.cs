using System.Globalization;

namespace Workflows.Benchmarks;

/// <summary>
/// The process id of the server node this process started on <c>port</c>: the child whose environment sets
/// <c>ASPNETCORE_URLS</c> to that port (ServerProcess keeps its process to itself), read from <c>/proc</c>.
/// </summary>
internal static class ServerPid
{
    public static int Of(int port)
    {
        var url = $"ASPNETCORE_URLS=http://127.0.0.1:{port}";
        var children = Directory.EnumerateDirectories($"/proc/{System.Environment.ProcessId}/task")
            .SelectMany(task => File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(pid => int.Parse(pid, CultureInfo.InvariantCulture));
        return children.FirstOrDefault(pid => EnvironmentOf(pid).Contains(url, StringComparer.Ordinal)) is var found and > 0
            ? found
            : throw new InvalidOperationException($"no child process serves port {port}");
    }

    private static string[] EnvironmentOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/environ").Split('\0');
        }
        catch (IOException)
        {
            return [];
        }
    }
}
