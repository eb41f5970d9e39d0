using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Workflows.Api.Tests.Instances;
using Workflows.Api.Tests.Support;
using Workflows.Infrastructure.Results;

namespace Workflows.Api.Tests.Contract;

/// <summary>Requests that meet a refusal of the services and the web host (not an engine rejection).</summary>
internal static class ServiceProblems
{
    private const string Draft = "dinas-uji.kode-draf";
    private const string Retired = "dinas-uji.kode-pensiun";
    private const string CallsDraft = "dinas-uji.kode-panggil-draf";
    private const string CallsItself = "dinas-uji.kode-rekursi";

    public static Dictionary<string, (int Status, Func<Task<HttpResponseMessage>> Send)> Producers { get; } = new(StringComparer.Ordinal)
    {
        [FailureCodes.BodyTooLarge] = (413, () => Users.Petugas().SendAsync(HttpMethod.Post, "/instances",
            new StringContent(new JsonObject { ["definition"] = "dinas-uji.sederhana", ["businessKey"] = "x", ["data"] = new JsonObject { ["isi"] = new string('x', (1024 * 1024) + 1) } }.ToJsonString(), Encoding.UTF8, "application/json"))),
        [FailureCodes.DocumentTooLarge] = (413, () => Users.Petugas().SendAsync(HttpMethod.Post, "/documents", Pdf(new string('x', (1024 * 1024) + 1)))),
        [FailureCodes.MalformedForm] = (400, () =>
        {
            var broken = new StringContent("--xx\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\nisi", Encoding.UTF8);
            broken.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xx");
            return Users.Petugas().SendAsync(HttpMethod.Post, "/documents", broken);
        }
        ),
        [FailureCodes.InvalidAwayPeriod] = (422, () => Users.Uji("pegawai-kode-cuti").PostAsync("/me/away", Away(days: 3, kind: "liburan"))),
        [FailureCodes.TooManyAwayPeriods] = (409, async () =>
        {
            using var pegawai = Users.Uji($"pegawai-kode-{Guid.NewGuid():N}");
            for (var i = 0; i < 5; i++)
            {
                await ApiClient.Expect(await pegawai.PostAsync("/me/away", Away(days: 10 + (3 * i), kind: "cuti")), HttpStatusCode.Created);
            }

            return await pegawai.PostAsync("/me/away", Away(days: 30, kind: "cuti"));
        }
        ),
        [FailureCodes.InvalidWebhook] = (422, () => WorkflowsServer.Client("admin-kode-hooks", Users.Lain, ["admin"]).PostAsync("/webhooks", new JsonObject { ["url"] = "http://hooks.example.org/kode" })),
        [FailureCodes.WebhookLimit] = (409, async () =>
        {
            using var admin = WorkflowsServer.Client("admin-kode-kuota", "dinas-kode-kuota", ["admin"]);
            for (var i = 0; i < 20; i++)
            {
                // No events happen in this agency, so these addresses are never called.
                await ApiClient.Expect(await admin.PostAsync("/webhooks", new JsonObject { ["url"] = $"https://hooks.example.org/kode/{i}" }), HttpStatusCode.Created);
            }

            return await admin.PostAsync("/webhooks", new JsonObject { ["url"] = "https://hooks.example.org/kode/20" });
        }
        ),
        [FailureCodes.OtherAgency] = (403, () => Users.UjiAdmin().SendAsync(HttpMethod.Post, "/definitions",
            CodeDefinitions.Yaml(CodeDefinitions.Simple("bkd-lain.kode-lain").Replace("agency: dinas-uji", "agency: bkd-lain", StringComparison.Ordinal)))),
        [FailureCodes.DefinitionNotPublished] = (409, async () =>
        {
            await DraftAsync();
            return await Users.Petugas().StartAsync(Draft, $"CODES-{Guid.NewGuid():N}");
        }
        ),
        [FailureCodes.DefinitionRetired] = (409, async () =>
        {
            await CodeDefinitions.OnceAsync(Retired, async () =>
            {
                await CodeDefinitions.PublishAsync(Retired, CodeDefinitions.Simple(Retired));
                using var admin = Users.UjiAdmin();
                await ApiClient.Expect(await admin.PostAsync($"/definitions/{Retired}/retire", null), HttpStatusCode.OK);
            });
            return await Users.Petugas().StartAsync(Retired, $"CODES-{Guid.NewGuid():N}");
        }
        ),
        [FailureCodes.InvalidSchedule] = (422, async () =>
        {
            // Written while its only fire time (1 January 2025, 08:00) was still ahead, published after it passed.
            int version;
            try
            {
                Timers.MoveClockTo(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));
                version = await CodeDefinitions.CreateAsync("dinas-uji.kode-jadwal", ScheduleSafetyTests.Recap("dinas-uji.kode-jadwal", "0 0 8 1 1 ? 2025"));
            }
            finally
            {
                WorkflowsServer.Clock.Reset();
            }

            return await Users.UjiAdmin().PostAsync($"/definitions/dinas-uji.kode-jadwal/versions/{version}/publish", null);
        }
        ),
        [FailureCodes.SubProcessNotStartable] = (422, async () =>
        {
            await DraftAsync();
            await CodeDefinitions.OnceAsync(CallsDraft, () => CodeDefinitions.PublishAsync(CallsDraft, CodeDefinitions.Calling(CallsDraft, Draft)));
            return await Users.Petugas().StartAsync(CallsDraft, $"CODES-{Guid.NewGuid():N}");
        }
        ),
        [FailureCodes.TooManyCases] = (422, async () =>
        {
            // The first version makes the id known, so the second may call it: every instance starts another.
            await CodeDefinitions.OnceAsync(CallsItself, async () =>
            {
                await CodeDefinitions.CreateAsync(CallsItself, CodeDefinitions.Simple(CallsItself));
                await CodeDefinitions.PublishAsync(CallsItself, CodeDefinitions.Calling(CallsItself, CallsItself));
            });
            return await Users.Petugas().StartAsync(CallsItself, $"CODES-{Guid.NewGuid():N}");
        }
        ),
        [FailureCodes.DocumentAlreadyBound] = (409, () => RaceAsync(FailureCodes.DocumentAlreadyBound, async petugas =>
        {
            // Handed in to two new instances at once: whichever binds it second is told it is taken.
            var surat = await petugas.UploadAsync("surat");
            return [petugas.StartAsync("dinas-uji.arsipkan", $"CODES-{Guid.NewGuid():N}", documents: [surat.DeepClone()]),
                petugas.StartAsync("dinas-uji.arsipkan", $"CODES-{Guid.NewGuid():N}", documents: [surat.DeepClone()])];
        })),
        [FailureCodes.CaseEscalation] = (409, async () =>
        {
            var (_, ofCase) = await EscalatedAsync();
            return await Users.UjiSupervisor().PostAsync($"/supervision/escalations/{ofCase}/reassign", new JsonObject { ["assignee"] = "petugas-2" });
        }
        ),
        [FailureCodes.AlreadyAcknowledged] = (409, async () =>
        {
            var (ofTask, _) = await EscalatedAsync();
            using var kepala = Users.UjiSupervisor();
            await ApiClient.Expect(await kepala.PostAsync($"/supervision/escalations/{ofTask}/acknowledge", new JsonObject { ["note"] = "Sudah dilihat" }), HttpStatusCode.OK);
            return await kepala.PostAsync($"/supervision/escalations/{ofTask}/acknowledge", new JsonObject { ["note"] = "Lagi" });
        }
        ),
        [FailureCodes.ConcurrentChange] = (409, () => RaceAsync(FailureCodes.ConcurrentChange, async petugas =>
        {
            // Whoever read the instance before the winner saved it is told it changed meanwhile (later readers, that the task is closed).
            var task = (await petugas.StartInstanceAsync("dinas-uji.sederhana", $"CODES-{Guid.NewGuid():N}")).Task("kerjakan");
            return [.. Enumerable.Range(0, 4).Select(i => petugas.CompleteAsync(task))];
        })),
    };

    private static Task DraftAsync() => CodeDefinitions.OnceAsync(Draft, () => CodeDefinitions.CreateAsync(Draft, CodeDefinitions.Simple(Draft)));

    private static JsonObject Away(int days, string kind)
    {
        var start = WorkflowsServer.Clock.GetUtcNow().AddDays(days);
        return new JsonObject { ["start"] = start.ToString("O", CultureInfo.InvariantCulture), ["end"] = start.AddDays(1).ToString("O", CultureInfo.InvariantCulture), ["kind"] = kind };
    }

    private static MultipartFormDataContent Pdf(string padding)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("%PDF-1.7\n%" + padding));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", "besar.pdf" } };
    }

    /// <summary>Runs the requests <paramref name="race"/> sends at once, round after round, until one answers with <paramref name="code"/>.</summary>
    private static async Task<HttpResponseMessage> RaceAsync(string code, Func<ApiClient, Task<Task<HttpResponseMessage>[]>> race)
    {
        using var petugas = Users.Petugas("petugas-balap");
        HttpResponseMessage? last = null;
        for (var round = 0; round < 20; round++)
        {
            foreach (var answer in await Task.WhenAll(await race(petugas)))
            {
                if (answer.IsSuccessStatusCode)
                {
                    continue;
                }

                last = answer;
                if ((await ApiClient.JsonAsync(answer))["code"]?.GetValue<string>() == code)
                {
                    return answer;
                }
            }
        }

        return last ?? throw new InvalidOperationException($"No request of the race failed in 20 rounds, so none answered '{code}'.");
    }

    /// <summary>
    /// An instance of <see cref="Escalating"/> past its due time: the late task escalated to the petugas' supervisor and
    /// the whole case to the kepala. The clock goes back afterwards; the escalations stay.
    /// </summary>
    private static async Task<(string OfTask, string OfCase)> EscalatedAsync()
    {
        await CodeDefinitions.OnceAsync(Escalating, () => CodeDefinitions.PublishAsync(Escalating, EscalatingYaml));
        using var petugas = Users.Petugas();
        var kasus = await petugas.StartInstanceAsync(Escalating, $"CODES-{Guid.NewGuid():N}");
        var due = DateTimeOffset.Parse(kasus["due"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        try
        {
            Timers.MoveClockTo(due.AddMinutes(1));
            await Timers.WaitUntilAsync(async () => (await Timers.EscalationsAsync(kasus.Id())).Count == 2, "the task's and the case's escalation");
        }
        finally
        {
            WorkflowsServer.Clock.Reset();
        }

        using var kepala = Users.UjiSupervisor();
        var escalations = (await kepala.ArrayAsync($"/supervision/escalations?definition={Escalating}"))
            .Where(e => e!["instanceId"]!.GetValue<string>() == kasus.Id().ToString()).ToList();
        return (escalations.Single(e => e!["taskId"] is not null)!["id"]!.GetValue<string>(), escalations.Single(e => e!["taskId"] is null)!["id"]!.GetValue<string>());
    }

    private const string Escalating = "dinas-uji.kode-tenggat";

    private const string EscalatingYaml = """
        id: dinas-uji.kode-tenggat
        title: Uji kode tenggat
        agency: dinas-uji
        service_standard:
          total: 1 jam
          escalate_to: kepala
        roles:
          petugas: { title: Petugas, supervisor: kepala }
          kepala: Kepala
        steps:
          - { id: kerjakan, kind: task, actor: petugas, duration: 1 jam, next: selesai }
          - { id: selesai, kind: end, result: done }
        """;
}
