using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json;
using Workflows.Core.Calendars;
using Workflows.Core.Runtime;
using Workflows.Testing;

namespace Workflows.Benchmarks;

/// <summary>
/// This engine without its plumbing: <see cref="WorkflowEngine.Apply"/> on <c>bench.tiga-langkah</c> in this process,
/// one start and three task completions per instance, with no database, no HTTP and no serialization. The counterpart
/// of WorkflowCore in memory, so the comparison is fair in both directions.
/// </summary>
internal static class PureApplyScenario
{
    private static readonly Actor Petugas = new("petugas-bench", new HashSet<string>(StringComparer.Ordinal) { "petugas" });

    private static readonly IReadOnlyDictionary<string, JsonElement> NoData = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>Runs rounds of <paramref name="instances"/> instances over <paramref name="clients"/> workers until <paramref name="atLeast"/> has passed.</summary>
    public static PeerResult Run(string workflowsRoot, int clients, int instances, TimeSpan atLeast)
    {
        var folder = WorkflowsFolder.Open(workflowsRoot);
        var loaded = folder.LoadDefinition(Path.Combine(workflowsRoot, "bench", "tiga-langkah.yaml"));
        var definition = loaded.Definition
            ?? throw new InvalidOperationException("bench.tiga-langkah does not validate: " + string.Join("; ", loaded.Errors.Take(3)));
        var calendar = folder.Calendars.Calendars[definition.Calendar];

        // Monday 08:00 WIB: the deadlines the three tasks get are counted on a plain working day.
        var context = new EngineContext(definition, 1, calendar, new DateTimeOffset(2026, 4, 13, 8, 0, 0, TimeSpan.FromHours(7)), Guid.CreateVersion7);
        Round(context, clients, Math.Min(instances, 100), new Latencies());
        var latencies = new Latencies();
        var done = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < atLeast)
        {
            Round(context, clients, instances, latencies);
            done += instances;
        }

        return new PeerResult(done, watch.Elapsed, latencies.Percentile(50), latencies.Percentile(99));
    }

    private static void Round(EngineContext context, int clients, int instances, Latencies latencies) =>
        Parallel.For(0, instances, new ParallelOptions { MaxDegreeOfParallelism = clients }, i =>
        {
            var state = Accepted(WorkflowEngine.Apply(context, null, new StartInstance(Petugas, Guid.CreateVersion7(), $"APPLY-{i}", NoData, [])));
            while (state.Open is [var open, ..])
            {
                var watch = Stopwatch.StartNew();
                state = Accepted(WorkflowEngine.Apply(context, state, new CompleteTask(Petugas, open.TaskId, null, NoData, ImmutableArray<SuppliedDocument>.Empty)));
                latencies.Add(watch.Elapsed);
            }
        });

    private static InstanceState Accepted(CommandResult result) =>
        result.Accepted ? result.State : throw new InvalidOperationException($"the engine refused: {result.Rejection.Message}");
}
