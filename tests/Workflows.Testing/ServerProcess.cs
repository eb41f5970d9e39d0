using System.Diagnostics;

namespace Workflows.Testing;

/// <summary>One server node: the published Workflows.Api as its own process, on its own port.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    public const string SigningKey = "benchmark-signing-key-0123456789abcdefghij";

    private readonly Process process;
    private int disposed;

    private ServerProcess(Process process, string url)
    {
        this.process = process;
        Url = url;
    }

    public string Url { get; }

    /// <summary>Time from process start to <c>/health/ready</c> answering 200.</summary>
    public TimeSpan StartUp { get; private set; }

    public static async Task<ServerProcess> StartAsync(
        string repo, string connectionString, string workflowsRoot, int port, IReadOnlyDictionary<string, string>? settings = null)
    {
        var bin = ServerBinaries(repo);
        var info = new ProcessStartInfo("dotnet", $"\"{Path.Combine(bin, "Workflows.Api.dll")}\" --contentRoot \"{bin}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ConnectionStrings__Workflows"] = connectionString;
        info.Environment["Auth__SigningKey"] = SigningKey;
        info.Environment["Auth__PrintAdminToken"] = "false";
        info.Environment["Workflows__Root"] = workflowsRoot;
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var watch = Stopwatch.StartNew();
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine($"  [server:{port}] {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, $"http://127.0.0.1:{port}");
        using var http = new HttpClient();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the server on port {port} exited with {process.ExitCode}");
            }

            try
            {
                if ((await http.GetAsync(new Uri($"{server.Url}/health/ready"))).IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (watch.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException($"the server on port {port} was not ready in 2 minutes");
            }

            await Task.Delay(20);
        }

        server.StartUp = watch.Elapsed;
        return server;
    }

    /// <summary>Resident set size of the server process, in MiB.</summary>
    public double RssMiB()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>Whether the process still runs.</summary>
    public bool Running => !process.HasExited;

    /// <summary>SIGKILL: the node dies mid-request, as a crash or an OOM kill would take it.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    /// <summary>
    /// The server to start: the folder <c>WORKFLOWS_SERVER_BIN</c> names (<c>make bench</c> publishes the server there
    /// ReadyToRun-compiled, as a deployment would), otherwise the Release build output.
    /// </summary>
    public static string ServerBinaries(string repo) =>
        Environment.GetEnvironmentVariable("WORKFLOWS_SERVER_BIN") is { Length: > 0 } published
            ? Path.GetFullPath(published, repo)
            : Path.Combine(repo, "src", "Workflows.Api", "bin", "Release", "net10.0");
}
