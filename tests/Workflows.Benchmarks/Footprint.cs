using System.Globalization;

namespace Workflows.Benchmarks;

/// <summary>
/// Where a server's resident memory is: <c>VmRSS</c>, split as the kernel counts it (<c>RssAnon</c>, <c>RssFile</c>,
/// <c>RssShmem</c> in <c>/proc/PID/status</c>, the sums behind <c>smaps_rollup</c>) into anonymous memory (GC heap, native
/// allocations, stacks), file-backed pages (the runtime's and assemblies' mapped images) and shared memory (the runtime's
/// double-mapped executable memory for JIT code and stubs, W^X), plus the managed heap as the runtime reports it
/// (<see cref="ManagedHeap"/>) when dotnet-counters is at hand.
/// </summary>
internal sealed record Footprint(double RssMiB, double AnonymousMiB, double FileMiB, double SharedMiB, ManagedHeap? Heap)
{
    /// <summary>Reads the kernel's figures first, so the counters session (which the runtime serves) does not add to them.</summary>
    public static async Task<Footprint> ReadAsync(int pid, string repo)
    {
        var status = File.ReadLines($"/proc/{pid}/status")
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2 && p[1].TrimEnd().EndsWith("kB", StringComparison.Ordinal))
            .ToDictionary(p => p[0], p => double.Parse(p[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024, StringComparer.Ordinal);
        return new Footprint(status["VmRSS"], status["RssAnon"], status["RssFile"], status["RssShmem"], await ManagedHeap.ReadAsync(pid, repo));
    }

    public void AddTo(Report report, string at)
    {
        report.Add($"  anonymous RSS (RssAnon) {at}", AnonymousMiB, "MiB");
        report.Add($"  file-backed RSS (RssFile) {at}", FileMiB, "MiB");
        report.Add($"  shared-memory RSS (RssShmem: W^X double-mapped code) {at}", SharedMiB, "MiB");
        if (Heap is { } heap)
        {
            report.Add($"  managed heap after last GC {at}", heap.HeapMiB, "MiB");
            report.Add($"  GC committed memory {at}", heap.CommittedMiB, "MiB");
            report.Add($"  assemblies loaded {at}", heap.Assemblies, "");
        }
    }
}
