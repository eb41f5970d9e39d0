using System.Diagnostics;
using System.Text.Json;

namespace Workflows.Benchmarks;

/// <summary>
/// The runtime's own view of a process's memory, read with <c>dotnet-counters collect</c> (a local tool,
/// <c>.config/dotnet-tools.json</c>) over the <c>System.Runtime</c> meter for a few seconds: the managed heap left after
/// the last collection (all generations, large and pinned object heaps), the memory the GC has committed, and the
/// number of loaded assemblies. Null when the tool cannot run; the kernel's figures are reported regardless.
/// </summary>
internal sealed record ManagedHeap(double HeapMiB, double CommittedMiB, double Assemblies)
{
    private const string HeapSize = "dotnet.gc.last_collection.heap.size";
    private const string Committed = "dotnet.gc.last_collection.memory.committed_size";
    private const string AssemblyCount = "dotnet.assembly.count";

    public static async Task<ManagedHeap?> ReadAsync(int pid, string repo)
    {
        var output = Path.Combine(Path.GetTempPath(), $"workflows-bench-counters-{pid}-{Guid.NewGuid():N}.json");
        try
        {
            var info = new ProcessStartInfo(
                "dotnet", $"dotnet-counters collect -p {pid} --counters System.Runtime --format json --duration 00:00:00:04 -o \"{output}\"")
            {
                WorkingDirectory = repo,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                await Console.Error.WriteLineAsync($"bench: dotnet-counters gave no reading ({process.ExitCode}): {await stderr}{await stdout}".Trim());
                return null;
            }

            return Parse(await File.ReadAllTextAsync(output));
        }
        catch (Exception e) when (e is IOException or TimeoutException or JsonException or System.ComponentModel.Win32Exception)
        {
            await Console.Error.WriteLineAsync($"bench: dotnet-counters gave no reading: {e.Message}");
            return null;
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>The last reading of each counter; the heap size is one series per generation, so those are summed.</summary>
    private static ManagedHeap? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var last = new Dictionary<(string Name, string Tags), double>();
        foreach (var e in document.RootElement.GetProperty("Events").EnumerateArray())
        {
            var name = e.GetProperty("name").GetString() ?? "";
            var tags = e.TryGetProperty("tags", out var t) ? t.GetString() ?? "" : "";
            last[(name.Split(' ')[0], tags)] = e.GetProperty("value").GetDouble();
        }

        double Sum(string name) => last.Where(l => l.Key.Name == name).Sum(l => l.Value);
        return last.Count == 0 ? null : new ManagedHeap(Sum(HeapSize) / (1024 * 1024), Sum(Committed) / (1024 * 1024), Sum(AssemblyCount));
    }
}
