using System.Globalization;
using System.Text.Json;

namespace Workflows.Benchmarks;

/// <summary>
/// The result table: each figure with its target and whether it was met; printed and written as JSON. A figure with no
/// target of its own (a baseline, a breakdown, the peer) says so in the JSON (<c>target: null, met: null</c>), and the
/// JSON's summary lists every target with its verdict, so a reader of the file needs nothing else.
/// </summary>
internal sealed class Report
{
    /// <summary>The metric whose line is also printed alone, for scripts and the README: <c>ratio = completions/s ÷ pgbench tps | 0.1</c>.</summary>
    public const string RatioMetric = "ratio = completions/s ÷ pgbench tps";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly List<Row> rows = [];

    public void Add(string metric, double value, string unit, string? target = null, bool? met = null) =>
        rows.Add(new Row(metric, Math.Round(value, 3), unit, target, met));

    public void Print(TextWriter output)
    {
        var width = Math.Max(46, rows.Count == 0 ? 0 : rows.Max(r => r.Metric.Length));
        output.WriteLine();
        output.WriteLine($"| {"metric".PadRight(width)} | {"value",12} | {"unit",-8} | {"target",-12} | met |");
        output.WriteLine($"| {new string('-', width)} | {new string('-', 12)} | {new string('-', 8)} | {new string('-', 12)} | --- |");
        foreach (var row in rows)
        {
            var met = row.Met switch { true => "yes", false => "NO", null => "" };
            output.WriteLine($"| {row.Metric.PadRight(width)} | {Number(row.Value),12} | {row.Unit,-8} | {row.Target ?? "",-12} | {met,-3} |");
        }

        if (rows.FirstOrDefault(r => r.Metric == RatioMetric) is { } ratio)
        {
            output.WriteLine();
            output.WriteLine($"{RatioMetric} | {Number(ratio.Value)}");
        }
    }

    /// <summary>Writes <c>bench-{kind}{time}.json</c>; <paramref name="kind"/> is empty for the full run.</summary>
    public string Save(string folder, string kind, object context)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"bench-{kind}{DateTime.UtcNow:yyyyMMdd-HHmmss}.json");
        var targets = rows.Where(r => r.Target is not null).ToList();
        var summary = new
        {
            targets = targets.Count,
            met = targets.Count(r => r.Met == true),
            missed = targets.Where(r => r.Met != true).Select(r => r.Metric).ToList(),
        };
        File.WriteAllText(file, JsonSerializer.Serialize(new { context, summary, rows }, Json));
        return file;
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private sealed record Row(string Metric, double Value, string Unit, string? Target, bool? Met);
}
