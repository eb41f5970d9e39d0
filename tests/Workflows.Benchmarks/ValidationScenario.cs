using System.Diagnostics;
using Workflows.Core.Definitions;
using Workflows.Core.Definitions.Validation;
using Workflows.Core.Yaml;
using Workflows.Testing;

namespace Workflows.Benchmarks;

/// <summary>
/// Validating the largest allowed definition with the loader that <c>POST /definitions/validate</c> and
/// <c>workflows validate</c> run, in this process: the figure is the reader's and validator's, not the network's.
/// </summary>
internal static class ValidationScenario
{
    public static void Run(Report report, int rounds)
    {
        var (yaml, keys) = LargestDefinition.Build(YamlLimits.Default);
        var warmUp = DefinitionLoader.Load("terbesar.yaml", yaml, CompileContext.Standalone);
        if (warmUp.Definition is null)
        {
            throw new InvalidOperationException("the largest definition does not validate: " + string.Join("; ", warmUp.Errors.Take(3)));
        }

        var times = new Latencies();
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            DefinitionLoader.Load("terbesar.yaml", yaml, CompileContext.Standalone);
            times.Add(watch.Elapsed);
        }

        var median = times.Percentile(50);
        report.Add($"validate largest definition ({yaml.Length / 1024:N0} KiB, {keys:N0} keys)", median, "ms", "≤ 1000", median <= 1000);
    }
}
