using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Workflows.Core.Access;
using Workflows.Testing;

namespace Workflows.Reliability.Tests;

/// <summary>
/// Ten thousand and more malformed or malicious requests: every answer is a problem-details 4xx (or a success where
/// the request was in fact valid), none is a 5xx, the server stays up and its memory stays bounded, and strings that
/// look like SQL are stored and returned verbatim.
/// </summary>
[NonParallelizable]
public sealed class HostileInputTests
{
    private static int Requests => int.TryParse(Environment.GetEnvironmentVariable("WORKFLOWS_RELIABILITY_HOSTILE"), out var n) ? n : 10_000;

    [Test]
    public async Task Every_hostile_request_gets_a_problem_4xx_and_the_server_stays_up_with_bounded_memory()
    {
        await using var deployment = await Deployment.CreateAsync("workflows_reliability_hostile");
        var node = await deployment.StartNodeAsync(5221);
        var tokens = Tokens();
        using var staff = new Staff([node.Url], "bench", "petugas-hostile", ["staff", "supervisor", "admin"], "petugas");
        var kasus = await staff.PostAsync("/instances", new { definition = LoadDriver.Definition, businessKey = "HOSTILE" });
        var corpus = new HostileRequests(new Random(20261122), tokens, Guid.Parse(kasus["id"]!.GetValue<string>()),
            Guid.Parse(kasus["openSteps"]![0]!["taskId"]!.GetValue<string>()));
        var rssBefore = node.RssMiB();

        var statuses = new ConcurrentDictionary<int, int>();
        var notProblems = new ConcurrentBag<string>();
        var serverErrors = new ConcurrentBag<string>();
        var refusedByKestrel = 0;
        var resent = 0;
        using var http = new HttpClient { BaseAddress = new Uri(node.Url), Timeout = TimeSpan.FromSeconds(30) };
        var requests = Enumerable.Range(0, Requests).Select(_ => corpus.Next()).ToList();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests.Count)
            {
                var (method, path, type, body, _, _) = requests[i];
                HttpResponseMessage response;
                try
                {
                    response = await SendAsync(http, requests[i], chunked: body is { Length: > 512 * 1024 } && i % 2 == 0);
                }
                catch (HttpRequestException)
                {
                    // A pooled keep-alive connection may be closed by the server between two requests (HTTP/1.1 allows
                    // it at any time), and a chunked body over the limit is cut off once refused; the request is sent
                    // again once, with its length, on a fresh connection, and must be answered then.
                    Interlocked.Increment(ref resent);
                    try
                    {
                        response = await SendAsync(http, requests[i], chunked: false);
                    }
                    catch (HttpRequestException error)
                    {
                        serverErrors.Add($"{method} {path} [{type}, {body?.Length} bytes] → no answer: {error.Message}");
                        continue;
                    }
                }

                using var answer = response;
                var status = (int)response.StatusCode;
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                if (status >= 500)
                {
                    serverErrors.Add($"{method} {path} [{type}] → {status}: {await response.Content.ReadAsStringAsync()}");
                }
                else if (status == 400 && path.Contains("%00", StringComparison.Ordinal) && response.Content.Headers.ContentLength is 0)
                {
                    // Kestrel refuses a request target with a NUL before any application code runs: a bare 400.
                    Interlocked.Increment(ref refusedByKestrel);
                }
                else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    notProblems.Add($"{method} {path} [{type}] → {status} {response.Content.Headers.ContentType}");
                }
            }
        }));

        var rssAfter = node.RssMiB();
        Invariants.Print("hostile requests sent", requests.Count);
        Invariants.Print("malformed request targets refused by Kestrel itself (bare 400)", refusedByKestrel);
        Invariants.Print("requests sent again after their keep-alive connection was closed", resent);
        Invariants.Print("answers by status", string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        foreach (var error in serverErrors.Concat(notProblems).Take(10))
        {
            TestContext.Progress.WriteLine("  " + (error.Length > 400 ? error[..400] : error));
        }

        Invariants.Holds("5xx answers", serverErrors.Count, 0);
        Invariants.Holds("4xx answers that are not problem details", notProblems.Count, 0);
        Assert.That(serverErrors.Take(5), Is.Empty);
        Assert.That(notProblems.Take(5), Is.Empty);
        Assert.That(node.Running, Is.True, "the server is still up");
        Invariants.Print("server RSS before / after, MiB", $"{rssBefore:0} / {rssAfter:0}");
        Assert.That(rssAfter, Is.LessThan(600), "memory stays bounded");
        using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        Invariants.Holds("liveness after the storm", (long)live.StatusCode, 200);

        // SQL-looking text is data: stored and returned exactly as sent.
        const string Sql = "X'; DROP TABLE workflows.instances;--";
        var stored = await staff.PostAsync("/instances", new { definition = LoadDriver.Definition, businessKey = Sql });
        Assert.That(stored["businessKey"]!.GetValue<string>(), Is.EqualTo(Sql));
        Invariants.Holds("cases still in the database", await Invariants.CountAsync(deployment.Database, "SELECT count(*) FROM workflows.instances") > 1 ? 1 : 0, 1);
    }

    [Test]
    public async Task Bad_tokens_other_agencies_and_wrong_roles_get_401_404_and_403_problems()
    {
        await using var deployment = await Deployment.CreateAsync("workflows_reliability_access");
        var node = await deployment.StartNodeAsync(5222);
        using var staff = new Staff([node.Url], "bench", "petugas-access", ["staff"], "petugas");
        var kasus = await staff.PostAsync("/instances", new { definition = LoadDriver.Definition, businessKey = "ACCESS" });
        var path = $"/instances/{kasus["id"]}";
        using var http = new HttpClient { BaseAddress = new Uri(node.Url) };
        var tokens = Tokens();

        foreach (var kind in new[] { "expired", "forged", "alg-none", "garbage", "none" })
        {
            Invariants.Holds($"status with a {kind} token", (long)await StatusAsync(http, HttpMethod.Get, path, tokens[kind]), 401);
        }

        Invariants.Holds("status of another agency's case", (long)await StatusAsync(http, HttpMethod.Get, path, tokens["other-agency"]), 404);
        Invariants.Holds("status of publishing without the admin role", (long)await StatusAsync(http, HttpMethod.Post, "/definitions/bench.tiga-langkah/versions/1/publish", tokens["staff"]), 403);
        Invariants.Holds("status of an upload of a disallowed type", (long)await UploadAsync(http, tokens["staff"], "application/x-msdownload", 10), 415);
        Invariants.Holds("status of an oversized upload", (long)await UploadAsync(http, tokens["staff"], "application/pdf", 2 * 1024 * 1024), 413);
        Invariants.Holds("status of an SVG upload", (long)await UploadAsync(http, tokens["staff"], "image/svg+xml", 0, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray()), 415);
        var longLived = Staff.Token("petugas-lama", "bench", ["staff"], ["petugas"], TimeSpan.FromHours(13));
        Invariants.Holds("status with a token living 13 h", (long)await StatusAsync(http, HttpMethod.Get, path, "Bearer " + longLived), 401);

        using var admin = new HttpRequestMessage(HttpMethod.Post, new Uri("/webhooks", UriKind.Relative))
        {
            Content = new StringContent("""{"url":"http://169.254.169.254/latest/meta-data/","events":["*"]}""", System.Text.Encoding.UTF8, "application/json"),
        };
        admin.Headers.TryAddWithoutValidation("Authorization", tokens["valid"]);
        using var metadata = await http.SendAsync(admin);
        Invariants.Holds("status of a webhook aimed at the metadata address", (long)metadata.StatusCode, 422);

        // The same user id and Idempotency-Key in two agencies: the second gets its own answer, not the first one's.
        var first = await AwayWithKeyAsync(http, Staff.Token("petugas-sama", "bench", ["staff"], ["petugas"]), "kunci-bersama");
        var second = await AwayWithKeyAsync(http, Staff.Token("petugas-sama", "bkpsdm-magetan", ["staff"], ["petugas"]), "kunci-bersama");
        Invariants.Holds("answers replayed to another agency's user with the same id and key", second ? 1 : 0, 0);
        Assert.That(first, Is.False, "the first request is not a replay");
    }

    /// <summary>Records an away period next week with an idempotency key; true when the answer is a replay.</summary>
    private static async Task<bool> AwayWithKeyAsync(HttpClient http, string token, string key)
    {
        var start = TimeProvider.System.GetUtcNow().Date.AddDays(7);
        var body = $$"""{"start":"{{start:yyyy-MM-dd}}T00:00:00+07:00","end":"{{start:yyyy-MM-dd}}T23:00:00+07:00","kind":"dinas-luar"}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/me/away", UriKind.Relative))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        using var response = await http.SendAsync(request);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), $"away period: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Contains("Idempotent-Replayed");
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient http, (HttpMethod Method, string Path, string? ContentType, byte[]? Body, string Token, string? IdempotencyKey) hostile, bool chunked)
    {
        using var request = new HttpRequestMessage(hostile.Method, new Uri(hostile.Path, UriKind.Relative));
        if (hostile.IdempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", hostile.IdempotencyKey);
        }

        if (hostile.Body is { } body)
        {
            request.Content = new ByteArrayContent(body);
            // A large body waits for the server's go-ahead, so an early refusal (413, 415) is read, not reset.
            request.Headers.ExpectContinue = body.Length > 64 * 1024;
            // Some large bodies are sent chunked, with no length for the server to refuse them by.
            request.Headers.TransferEncodingChunked = chunked;
            if (!string.IsNullOrEmpty(hostile.ContentType) && MediaTypeHeaderValue.TryParse(hostile.ContentType, out var media))
            {
                request.Content.Headers.ContentType = media;
            }
        }

        request.Headers.TryAddWithoutValidation("Authorization", hostile.Token);
        return await http.SendAsync(request);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", token);
        using var response = await http.SendAsync(request);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), $"{method} {path}");
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> UploadAsync(HttpClient http, string token, string type, int size, byte[]? content = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content ?? new byte[size]);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "file", "berkas.bin");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/documents", UriKind.Relative)) { Content = form };
        request.Headers.TryAddWithoutValidation("Authorization", token);
        using var response = await http.SendAsync(request);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), "upload");
        return response.StatusCode;
    }

    private static Dictionary<string, string> Tokens()
    {
        static string Bearer(string token) => "Bearer " + token;
        var valid = Staff.Token("petugas-hostile", "bench", ["staff", "supervisor", "admin"], ["petugas"]);
        var parts = valid.Split('.');
        var expired = new LocalTokenIssuer(ServerProcess.SigningKey, new PastClock())
            .Issue(new TokenRequest("petugas-hostile", "bench") { Roles = ["staff"], Actors = ["petugas"], Lifetime = TimeSpan.FromHours(1) });
        var forged = new LocalTokenIssuer("another-signing-key-0123456789abcdefghijklm", TimeProvider.System)
            .Issue(new TokenRequest("petugas-hostile", "bench") { Roles = ["admin"], Actors = ["petugas"] });
        var none = Base64Url("""{"alg":"none","typ":"JWT"}""") + "." + parts[1] + ".";
        return new Dictionary<string, string>
        {
            ["valid"] = Bearer(valid),
            ["staff"] = Bearer(Staff.Token("petugas-only", "bench", ["staff"], ["petugas"])),
            ["other-agency"] = Bearer(Staff.Token("petugas-lain", "bkpsdm-magetan", ["staff", "supervisor", "admin"], ["petugas"])),
            ["expired"] = Bearer(expired),
            ["forged"] = Bearer(forged),
            ["alg-none"] = Bearer(none),
            ["garbage"] = "Bearer eyJ.not.a-token",
            ["none"] = "",
        };
    }

    private static string Base64Url(string text) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed class PastClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddDays(-1);
    }
}
