using System.Globalization;
using System.Text.Json;

namespace Workflows.Benchmarks;

/// <summary>The result table: each figure with its target and whether it was met; printed and written as JSON.</summary>
internal sealed class Report
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly List<Row> rows = [];

    public void Add(string metric, double value, string unit, string? target = null, bool? met = null) =>
        rows.Add(new Row(metric, Math.Round(value, 3), unit, target, met));

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"| {"metric",-46} | {"value",12} | {"unit",-8} | {"target",-12} | met |");
        output.WriteLine($"| {new string('-', 46)} | {new string('-', 12)} | {new string('-', 8)} | {new string('-', 12)} | --- |");
        foreach (var row in rows)
        {
            var met = row.Met switch { true => "yes", false => "NO", null => "" };
            output.WriteLine($"| {row.Metric,-46} | {row.Value.ToString("0.###", CultureInfo.InvariantCulture),12} | {row.Unit,-8} | {row.Target ?? "",-12} | {met,-3} |");
        }
    }

    /// <summary>Writes <c>bench-{kind}{time}.json</c>; <paramref name="kind"/> is empty for the full run.</summary>
    public string Save(string folder, string kind, object context)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"bench-{kind}{DateTime.UtcNow:yyyyMMdd-HHmmss}.json");
        File.WriteAllText(file, JsonSerializer.Serialize(new { context, rows }, Json));
        return file;
    }

    private sealed record Row(string Metric, double Value, string Unit, string? Target, bool? Met);
}
