using System.Text;

namespace Workflows.Reliability.Tests;

/// <summary>
/// The corpus of malformed and malicious requests, and seeded mutations of it: broken and deep JSON, invalid UTF-8,
/// alias bombs and absurd durations in YAML, expressions reaching for code, SQL in strings, oversized bodies, wrong
/// content types, unknown and other agencies' ids, and every kind of bad token. Also what the hardening found: schedules
/// that never fire or fire every second, a mapping of 99,000 keys, 60,000 unknown data keys, chunked bodies over the
/// limit, active content as a document, webhooks aimed at internal addresses, and idempotency keys shared between users
/// of different agencies; and re-timing requests with bad ids and bodies.
/// </summary>
internal sealed class HostileRequests(Random random, IReadOnlyDictionary<string, string> tokens, Guid instanceId, Guid taskId)
{
    private static readonly string[] Paths =
    [
        "/instances", "/instances/{instance}", "/instances/{instance}/history", "/instances/{instance}/cancel", "/instances/{instance}/messages/pertek",
        "/tasks", "/tasks/{task}", "/tasks/{task}/complete", "/tasks/{task}/claim", "/tasks/{task}/reassign",
        "/definitions", "/definitions/validate?file=x.yaml", "/definitions/bench.tiga-langkah", "/definitions/bench.tiga-langkah/versions/1/publish",
        "/documents", "/documents/{instance}", "/supervision/escalations", "/supervision/overdue", "/me/away", "/notifications",
        "/webhooks", "/messages?status=held", "/tasks?dueBefore=kemarin&limit=-5", "/instances?limit=99999999999", "/tasks?limit=many",
        "/instances/not-a-guid", "/tasks/00000000-0000-0000-0000-000000000000/complete", "/definitions/../../etc/passwd", "/instances/%00",
        "/calendars", "/calendars/id-asn/retime", "/calendars/../../etc/retime", "/calendars/retimes/not-a-guid", "/calendars/retimes/00000000-0000-0000-0000-000000000000",
    ];

    private static readonly string[] Bodies =
    [
        """{"definition":"bench.tiga-langkah","businessKey":"X'; DROP TABLE workflows.instances;--"}""",
        """{"definition":"bench.tiga-langkah","businessKey":"ok","data":{"x":{"y":[1,2,3]}}}""",
        """{"outcome":"__proto__","data":{"constructor":{"prototype":1}},"documents":[{"id":"not-a-guid","type":"x"}]}""",
        """{"outcome":null,"data":null,"documents":null}""",
        """{"apply":"yes"}""",
        """{"apply":true,"calendars":["../../etc"]}""",
        """{"assignee":"' OR 1=1 --"}""",
        """{"reason":"<script>alert(1)</script>"}""",
        """{"start":"2026-13-45T99:99:99Z","end":"kemarin","kind":"cuti","delegate":"\u0000"}""",
        """{"url":"file:///etc/passwd","events":["*"]}""",
        """{"note":"\ud800"}""",
        """{"url":"http://169.254.169.254/latest/meta-data/","events":["*"]}""",
        """{"url":"https://10.0.0.1/hook"}""",
        """{"url":"https://[::ffff:127.0.0.1]/hook"}""",
        """{"url":"https://2130706433/"}""",
        """{"url":"https://localhost:5221/hook"}""",
        """{"url":"ftp://files.example/x"}""",
        """{"url":"https://""" + new string('a', 100_000) + """/"}""",
        UnknownDataKeys(),
        """[1,2,3]""",
        """{"definition":""" + "\"" + new string('a', 100_000) + "\"}",
        "",
        "null",
    ];

    private static readonly string[] Yamls =
    [
        "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n",
        "id: bench.x\ntitle: X\nagency: bench\nroles: { a: A }\nsteps:\n  - { id: s, kind: task, actor: a, duration: 99999999999999999999 tahun, next: e }\n  - { id: e, kind: end }\n",
        "id: bench.x\ntitle: X\nagency: bench\nroles: { a: A }\ndata: { n: int }\nsteps:\n  - { id: s, kind: task, actor: a, next: [{ to: e, when: \"System.Diagnostics.Process.Start('sh') or n > 1\" }, e] }\n  - { id: e, kind: end }\n",
        "id: bench.x\ntitle: X\nagency: bench\nroles: { a: A }\ndata: { n: int }\nsteps:\n  - { id: s, kind: task, actor: a, next: [{ to: e, when: \"__import__('os').system('id')\" }, e] }\n  - { id: e, kind: end }\n",
        new string('[', 5000) + new string(']', 5000),
        "!!python/object/apply:os.system ['id']",
        "key: !!binary |\n  R0lGODlhDAAMAIQAAP//9/X17unp5WZmZgAAAOfn515eXvPz7Y6OjuDg4J+fn5",
        "id: \"bench.x\"\n" + string.Concat(Enumerable.Repeat("x: 1\n", 3)),
        Scheduled("* * * * * ?"),
        Scheduled("0 0 0 30 2 ?"),
        Scheduled("0 0 8 1 1 ? 2020"),
        Scheduled("99999999999 0 0 * * ?"),
        Scheduled("0 0 8 L * ?"),
        Scheduled("0/0 * * * * ?"),
        Scheduled(string.Join(',', Enumerable.Range(0, 12_000).Select(i => i % 60)) + " 0 8 * * ?"),
        ManyKeys(),
    ];

    private static readonly string[] IdempotencyKeys = ["hostile-key-1", "hostile-key-2", "hostile-key-3"];

    private static readonly string[] ContentTypes = ["application/json", "application/yaml", "text/plain", "application/xml", "multipart/form-data; boundary=zz", "", "application/json; charset=utf-7"];

    /// <summary>A definition of the bench agency whose schedule has <paramref name="cron"/>.</summary>
    private static string Scheduled(string cron) =>
        $"id: bench.berkala\ntitle: X\nagency: bench\nschedule: {{ cron: \"{cron}\" }}\nroles: {{ a: A }}\nsteps:\n  - {{ id: s, kind: task, actor: a, next: e }}\n  - {{ id: e, kind: end }}\n";

    /// <summary>A roles mapping of 99,000 keys (just under the node limit) with one duplicate at the end.</summary>
    private static string ManyKeys()
    {
        var text = new StringBuilder("id: bench.besar\ntitle: X\nagency: bench\nsteps:\n  - { id: e, kind: end }\nroles: {\n");
        for (var i = 0; i < 99_000; i++)
        {
            text.Append("  r").Append(i).Append(": R,\n");
        }

        return text.Append("  r0: R }\n").ToString();
    }

    /// <summary>A start with 60,000 data keys the definition does not declare (about 1 MB).</summary>
    private static string UnknownDataKeys() =>
        """{"definition":"bench.tiga-langkah","businessKey":"KUNCI","data":{""" + string.Join(',', Enumerable.Range(0, 60_000).Select(i => $"\"k{i}\":1")) + "}}";

    /// <summary>The next request; a POST may carry an <c>Idempotency-Key</c> that other users (of other agencies too) reuse.</summary>
    public (HttpMethod Method, string Path, string? ContentType, byte[]? Body, string Token, string? IdempotencyKey) Next()
    {
        var path = Paths[random.Next(Paths.Length)].Replace("{instance}", Pick(instanceId), StringComparison.Ordinal).Replace("{task}", Pick(taskId), StringComparison.Ordinal);
        var method = random.Next(10) switch { < 3 => HttpMethod.Get, < 9 => HttpMethod.Post, _ => random.Next(2) == 0 ? HttpMethod.Delete : HttpMethod.Put };
        var token = tokens.ElementAt(random.Next(tokens.Count)).Value;
        if (method == HttpMethod.Get || method == HttpMethod.Delete)
        {
            return (method, Mutate(path), null, null, token, null);
        }

        var yaml = path.StartsWith("/definitions", StringComparison.Ordinal) && random.Next(3) > 0;
        var text = yaml ? Yamls[random.Next(Yamls.Length)] : Bodies[random.Next(Bodies.Length)];
        var body = MutateBody(Encoding.UTF8.GetBytes(text));
        var type = random.Next(4) == 0 ? ContentTypes[random.Next(ContentTypes.Length)] : yaml ? "application/yaml" : "application/json";
        var key = random.Next(6) == 0 ? IdempotencyKeys[random.Next(IdempotencyKeys.Length)] : null;
        return (method, path, type, body, token, key);
    }

    private string Pick(Guid known) => random.Next(4) switch
    {
        0 => Guid.NewGuid().ToString(),
        1 => "' OR '1'='1",
        _ => known.ToString(),
    };

    private string Mutate(string path) => random.Next(5) switch
    {
        0 => path + "?limit=" + random.Next(int.MinValue, int.MaxValue),
        1 => path + "/" + Uri.EscapeDataString(new string((char)random.Next(1, 0xD7FF), random.Next(1, 50))),
        2 => path + "?status=" + Uri.EscapeDataString("'; SELECT pg_sleep(10);--"),
        _ => path,
    };

    private byte[] MutateBody(byte[] body)
    {
        switch (random.Next(8))
        {
            case 0 when body.Length > 1:
                return body[..random.Next(body.Length)];
            case 1:
                var flipped = (byte[])body.Clone();
                for (var i = 0; i < 1 + (flipped.Length / 20); i++)
                {
                    if (flipped.Length > 0)
                    {
                        flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                    }
                }

                return flipped;
            case 2:
                return [.. body, 0xC3, 0x28, 0xFF, 0xFE];
            case 3:
                return Encoding.UTF8.GetBytes(new string('[', 2000) + "1" + new string(']', 2000));
            case 4 when random.Next(10) == 0:
                return new byte[2 * 1024 * 1024];
            default:
                return body;
        }
    }
}
