using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Workflows.Api.Tests.Observability;

/// <summary>One scrape of <c>GET /metrics</c>, read as a Prometheus scraper reads the text format: samples by name and labels.</summary>
public sealed class MetricsScrape
{
    private readonly List<(string Name, Dictionary<string, string> Labels, double Value)> samples = [];

    private MetricsScrape(string text)
    {
        Text = text;
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!line.StartsWith('#'))
            {
                samples.Add(Parse(line));
            }
        }
    }

    public string Text { get; }

    public IEnumerable<string> Names => samples.Select(s => s.Name).Distinct();

    /// <summary>Scrapes <paramref name="node"/> without a token, as Prometheus does.</summary>
    public static async Task<MetricsScrape> TakeAsync(WebApplicationFactory<Program> node)
    {
        ArgumentNullException.ThrowIfNull(node);
        using var http = node.CreateClient();
        using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "GET /metrics");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        return new MetricsScrape(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The sum of the samples of <paramref name="name"/> whose labels include <paramref name="labels"/> (0 when none).</summary>
    public double Sum(string name, params (string Key, string Value)[] labels) => Matching(name, labels).Sum(s => s.Value);

    public bool Has(string name, params (string Key, string Value)[] labels) => Matching(name, labels).Any();

    private IEnumerable<(string Name, Dictionary<string, string> Labels, double Value)> Matching(string name, (string Key, string Value)[] labels) =>
        samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value));

    /// <summary>A sample line: <c>name{key="value",…} value [timestamp]</c>, label values escaped with backslashes.</summary>
    private static (string, Dictionary<string, string>, double) Parse(string line)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var brace = line.IndexOf('{', StringComparison.Ordinal);
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        if (brace < 0 || brace > space)
        {
            return (line[..space], labels, Number(line[(space + 1)..]));
        }

        var i = brace + 1;
        while (line[i] != '}')
        {
            var equals = line.IndexOf('=', i);
            var key = line[i..equals].Trim(',', ' ');
            var value = new StringBuilder();
            for (i = equals + 2; line[i] != '"'; i++)
            {
                value.Append(line[i] == '\\' ? line[++i] switch { 'n' => '\n', var c => c } : line[i]);
            }

            labels[key] = value.ToString();
            i++;
            if (line[i] == ',')
            {
                i++;
            }
        }

        return (line[..brace], labels, Number(line[(i + 1)..]));
    }

    private static double Number(string rest) =>
        double.Parse(rest.Trim().Split(' ')[0].Replace("+Inf", "Infinity", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
}
