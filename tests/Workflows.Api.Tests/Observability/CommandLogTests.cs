using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflows.Api.Tests.Support;

namespace Workflows.Api.Tests.Observability;

/// <summary>
/// The server's log, as a node with an extra logger provider writes it: one line per command, with its trace id, and
/// never the caller's token, a signing key or a document's bytes.
/// </summary>
public sealed partial class CommandLogTests
{
    [Test]
    public async Task Each_command_is_one_line_with_its_trace_id_and_no_token_secret_or_document_is_logged()
    {
        var log = new LogCapture();
        await using var node = WorkflowsServer.Factory.WithWebHostBuilder(web => web.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(log)));
        using var petugas = WorkflowsServer.Client(node, "petugas-log", Users.UjiAgency, ["staff"], "petugas");
        var token = petugas.Http.DefaultRequestHeaders.Authorization!.Parameter!;
        var document = $"%PDF-1.7\n% isi-rahasia-{Guid.NewGuid()}";
        await petugas.UploadAsync("lampiran", document);

        var kasus = await petugas.StartInstanceAsync("dinas-uji.sederhana", "LOG-1");
        var task = kasus.Task("kerjakan");
        await petugas.CompleteTaskAsync(task);
        var id = kasus.Id();

        var started = log.Lines.Where(l => l.Contains($"StartInstance on case {id} of dinas-uji.sederhana (dinas-uji) by petugas-log: done; trace ", StringComparison.Ordinal)).ToList();
        var completed = log.Lines.Where(l => l.Contains($"CompleteTask on case {id} of dinas-uji.sederhana (dinas-uji) by petugas-log: done; trace ", StringComparison.Ordinal)).ToList();
        Assert.That(started, Has.Count.EqualTo(1), string.Join('\n', log.Lines));
        Assert.That(completed, Has.Count.EqualTo(1));
        var traces = started.Concat(completed).Select(l => TraceId().Match(l).Groups[1].Value).ToList();
        Assert.That(traces, Has.All.Match("^[0-9a-f]{32}$").And.None.EqualTo(new string('0', 32)), "a W3C trace id");
        Assert.That(traces.Distinct().Count(), Is.EqualTo(2), "each request its own trace");
        Assert.That(started.Single(), Does.StartWith("Information Workflows.Infrastructure.Runtime.InstanceRunner:"));
        Assert.That(started.Single(), Does.Contain("| TraceId=" + traces[0]), "the trace id is a structured value too");

        Assert.Multiple(() =>
        {
            foreach (var secret in new[] { token, WorkflowsServer.SigningKey, BusKeys.Uji, BusKeys.Lain, "isi-rahasia", "Bearer " })
            {
                Assert.That(log.Lines.Where(l => l.Contains(secret, StringComparison.Ordinal)), Is.Empty, $"nothing logged contains {secret[..Math.Min(12, secret.Length)]}…");
            }
        });
    }

    [GeneratedRegex(@"; trace ([0-9a-f]+)")]
    private static partial Regex TraceId();
}
