using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Workflows.Api.Contract;
using Workflows.Api.Tests.Instances;
using Workflows.Api.Tests.Support;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Results;

namespace Workflows.Api.Tests.Contract;

/// <summary>
/// Every problem code is documented on some operation of the served document, and every documented code is one the
/// server really answers with: <see cref="Producers"/> makes each one happen over HTTP; the few that cannot be made
/// from outside are listed in <see cref="Unreachable"/> with the reason.
/// </summary>
public sealed class ProblemCodeTests
{
    private const string Cuti = "bkpsdm-magetan.fasilitasi-izin-cuti";

    /// <summary>Codes no HTTP request of a test can produce, each with why.</summary>
    private static readonly Dictionary<string, string> Unreachable = new(StringComparer.Ordinal)
    {
        [FailureCodes.InternalError] = "a bug: the server has no request that fails on purpose",
        [FailureCodes.DatabaseUnavailable] = "needs the database down; the reliability suite stops it",
        [FailureCodes.AgencyChanged] = "a guard: the validator already requires a definition id to start with its agency, so a new version cannot name another",
        [FailureCodes.Of(RejectionCode.TimerNotPending)] = "timer commands come from the scheduler, not from a request",
        [FailureCodes.Of(RejectionCode.SubProcessMismatch)] = "sub-process results come from the engine, not from a request",
        [FailureCodes.Of(RejectionCode.InstanceAlreadyStarted)] = "every start makes a new instance id",
    };

    /// <summary>Unreachable codes no operation documents (the rest of <see cref="Unreachable"/> any request can meet).</summary>
    private static readonly string[] Undocumented =
    [
        FailureCodes.AgencyChanged, FailureCodes.Of(RejectionCode.TimerNotPending), FailureCodes.Of(RejectionCode.SubProcessMismatch),
        FailureCodes.Of(RejectionCode.InstanceAlreadyStarted),
    ];

    /// <summary>Requests that produce a code, with the status it comes with.</summary>
    private static readonly Dictionary<string, (int Status, Func<Task<HttpResponseMessage>> Send)> Requests = new(StringComparer.Ordinal)
    {
        [FailureCodes.Unauthenticated] = (401, () => Anonymous().GetAsync(new Uri("/tasks", UriKind.Relative))),
        [FailureCodes.Forbidden] = (403, () => Users.Pemohon().SendAsync(HttpMethod.Post, "/definitions/validate", Yaml("id: x"))),
        [FailureCodes.NotFound] = (404, () => Users.Pemohon().GetAsync($"/instances/{Guid.NewGuid()}")),
        [FailureCodes.BadQuery] = (400, () => Users.Pemohon().GetAsync("/tasks?scope=everything")),
        [FailureCodes.BadRequest] = (400, () => Users.Pemohon().GetAsync("/tasks?limit=many")),
        [FailureCodes.NotSupervisor] = (403, () => Users.Pemohon().GetAsync("/tasks?scope=all")),
        [FailureCodes.MissingFields] = (400, () => Users.Pemohon().PostAsync("/instances", new JsonObject())),
        [FailureCodes.MalformedJson] = (400, () => Users.Pemohon().SendAsync(HttpMethod.Post, "/instances", Text("{", "application/json"))),
        [FailureCodes.UnsupportedCharset] = (415, () => Users.Pemohon().SendAsync(HttpMethod.Post, "/instances", Text("{}", "application/json; charset=latin1"))),
        [FailureCodes.UnsupportedMediaType] = (415, () => Users.MagetanAdmin().SendAsync(HttpMethod.Post, "/definitions/validate", Text("{}", "application/json"))),
        [FailureCodes.InvalidDefinition] = (422, () => Users.MagetanAdmin().SendAsync(HttpMethod.Post, "/definitions", Yaml("id: x"))),
        [FailureCodes.AgencyRequired] = (422, () => Users.PlatformAdmin().PostAsync("/webhooks", new JsonObject { ["url"] = "https://example.org/hook", ["events"] = new JsonArray("instance-started") })),
        [FailureCodes.MissingFile] = (400, () => Users.Pemohon().SendAsync(HttpMethod.Post, "/documents", new MultipartFormDataContent { { new StringContent("x"), "note" } })),
        [FailureCodes.BadIdempotencyKey] = (400, () => Users.Pemohon().PostAsync("/instances", new JsonObject(), new string('k', 201))),
        [FailureCodes.IdempotencyKeyReused] = (422, async () =>
        {
            using var pemohon = Users.Pemohon();
            var key = Guid.NewGuid().ToString();
            var documents = await pemohon.UploadAllAsync("surat-permohonan", "form-cuti", "surat-kelengkapan");
            (await pemohon.StartAsync(Cuti, $"CODES-{Guid.NewGuid():N}", CutiInstanceTests.CutiData(), documents, key)).Dispose();
            return await pemohon.StartAsync(Cuti, $"CODES-{Guid.NewGuid():N}", CutiInstanceTests.CutiData(), documents.DeepClone().AsArray(), key);
        }
        ),
        [FailureCodes.Of(RejectionCode.TaskNotOpen)] = (409, async () =>
        {
            using var pemohon = Users.Pemohon();
            var started = await CutiInstanceTests.StartCutiAsync(pemohon, $"CODES-{Guid.NewGuid():N}");
            var form = await pemohon.UploadAsync("form-permohonan-cuti");
            var produced = new JsonArray(new JsonObject { ["id"] = form["id"]!.GetValue<string>(), ["type"] = "form-permohonan-cuti" });
            (await pemohon.CompleteAsync(started.Task("isi-formulir"), documents: produced)).Dispose();
            return await pemohon.CompleteAsync(started.Task("isi-formulir"));
        }
        ),
        [FailureCodes.Of(RejectionCode.NotAssignedToYou)] = (409, async () => await Users.Pemohon().PostAsync($"/tasks/{(await StartedAsync()).Task("isi-formulir")}/release", null)),
        [FailureCodes.Of(RejectionCode.MessageNotExpected)] = (409, async () => await Users.Pemohon().PostAsync($"/instances/{(await StartedAsync()).Id()}/messages/tidak-ada", new JsonObject())),
        [FailureCodes.Of(RejectionCode.AssignedToSomeoneElse)] = (409, async () =>
        {
            using var pemohon = Users.Pemohon();
            var started = await CutiInstanceTests.StartCutiAsync(pemohon, $"CODES-{Guid.NewGuid():N}");
            var form = await pemohon.UploadAsync("form-permohonan-cuti");
            var produced = new JsonArray(new JsonObject { ["id"] = form["id"]!.GetValue<string>(), ["type"] = "form-permohonan-cuti" });
            (await pemohon.CompleteAsync(started.Task("isi-formulir"), documents: produced)).Dispose();
            var check = (await pemohon.InstanceAsync(started.Id())).Task("periksa-kelengkapan");
            using var first = Users.Analis("analis-1");
            (await first.PostAsync($"/tasks/{check}/claim", null)).Dispose();
            using var second = Users.Analis("analis-2");
            return await second.CompleteAsync(check, "lengkap");
        }
        ),
        [FailureCodes.DocumentContentMismatch] = (415, () => Users.Pemohon().SendAsync(HttpMethod.Post, "/documents", Upload("bukan pdf", "application/pdf"))),
        [FailureCodes.DocumentTypeNotAllowed] = (415, () => Users.Pemohon().SendAsync(HttpMethod.Post, "/documents", Upload("<script>alert(1)</script>", "text/html"))),
        // One byte over the definition limit, still within the body limit (which is one byte more), so the YAML reader refuses it.
        [FailureCodes.DefinitionTooLarge] = (413, () => Users.MagetanAdmin().SendAsync(HttpMethod.Post, "/definitions", Yaml("id: x\n#" + new string('x', (1024 * 1024) + 17 - 7)))),
        [FailureCodes.UnknownDocuments] = (422, () => Users.Pemohon().StartAsync(Cuti, $"CODES-{Guid.NewGuid():N}", CutiInstanceTests.CutiData(),
            new JsonArray(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["type"] = "surat-permohonan" }))),
        [FailureCodes.Of(RejectionCode.InstanceNotRunning)] = (409, async () =>
        {
            using var petugas = Users.Petugas();
            var started = await petugas.StartInstanceAsync("dinas-uji.sederhana", $"CODES-{Guid.NewGuid():N}");
            using var kepala = Users.UjiSupervisor();
            (await kepala.PostAsync($"/instances/{started.Id()}/cancel", new JsonObject { ["reason"] = "pertama" })).Dispose();
            return await kepala.PostAsync($"/instances/{started.Id()}/cancel", new JsonObject { ["reason"] = "kedua" });
        }
        ),
        [FailureCodes.Of(RejectionCode.SubProcessOfParent)] = (409, async () =>
        {
            using var petugas = Users.Petugas();
            var induk = await petugas.StartInstanceAsync("dinas-uji.induk", $"CODES-{Guid.NewGuid():N}", new JsonObject { ["nomor"] = "1/2026" });
            induk = await petugas.CompleteTaskAsync(induk.Task("mulai"), produces: "surat");
            var child = induk["openSteps"]![0]!["childInstanceId"]!.GetValue<string>();
            using var kepala = Users.UjiSupervisor();
            return await kepala.PostAsync($"/instances/{child}/cancel", new JsonObject { ["reason"] = "langsung" });
        }
        ),
        [FailureCodes.Of(RejectionCode.NotActorRole)] = (403, async () => await Users.Analis().CompleteAsync((await StartedAsync()).Task("isi-formulir"))),
        [FailureCodes.Of(RejectionCode.MissingProducedDocuments)] = (422, async () => await Users.Pemohon().CompleteAsync((await StartedAsync()).Task("isi-formulir"))),
        [FailureCodes.Of(RejectionCode.UnknownOutcome)] = (422, async () => await Users.Pemohon().CompleteAsync((await StartedAsync()).Task("isi-formulir"), "lengkap")),
        [FailureCodes.Of(RejectionCode.MissingRequiredDocuments)] = (422, () => Users.Pemohon().StartAsync(Cuti, $"CODES-{Guid.NewGuid():N}", CutiInstanceTests.CutiData())),
        [FailureCodes.Of(RejectionCode.InvalidData)] = (422, async () =>
        {
            using var pemohon = Users.Pemohon();
            return await pemohon.StartAsync(Cuti, $"CODES-{Guid.NewGuid():N}", new JsonObject { ["lama_hari"] = "tiga" }, await pemohon.UploadAllAsync("surat-permohonan", "form-cuti", "surat-kelengkapan"));
        }
        ),
    };

    /// <summary>Every producing request: the ones above, the engine's and the services'.</summary>
    private static readonly Dictionary<string, (int Status, Func<Task<HttpResponseMessage>> Send)> Producers =
        Requests.Concat(EngineProblems.Producers).Concat(ServiceProblems.Producers).ToDictionary(StringComparer.Ordinal);

    [Test]
    public async Task Every_code_has_a_status_and_is_documented_on_an_operation()
    {
        Assert.That(ProblemStatuses.Codes, Is.EquivalentTo(FailureCodes.All), "every code needs its status in ProblemStatuses");
        var documented = await DocumentedCodesAsync();
        Assert.That(FailureCodes.All.Except(documented).Order(), Is.EquivalentTo(Undocumented), "codes no operation documents");
        Assert.That(Undocumented.Except(Unreachable.Keys), Is.Empty, "an undocumented code must be one no request can meet");
        Assert.That(documented.Except(FailureCodes.All).Order(), Is.Empty, "documented codes that do not exist");
    }

    [Test]
    public async Task Every_documented_code_is_produced_or_listed_as_unreachable()
    {
        var documented = await DocumentedCodesAsync();
        Assert.That(Producers.Keys.Intersect(Unreachable.Keys), Is.Empty);
        var unexplained = documented.Except(Producers.Keys).Except(Unreachable.Keys).Order().ToList();
        Assert.That(unexplained, Is.Empty, "documented codes with neither a producing request nor a reason");
    }

    [TestCaseSource(nameof(ProducedCodes))]
    public async Task The_code_is_answered_with_its_documented_status(string code)
    {
        var (status, send) = Producers[code];
        using var response = await send();
        var body = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        Assert.That(JsonNode.Parse(body)!["code"]?.GetValue<string>(), Is.EqualTo(code), body);
        Assert.That(ProblemStatuses.Of(code), Does.Contain(status), "the status the document files the code under");
    }

    private static IEnumerable<string> ProducedCodes() => Producers.Keys.Order(StringComparer.Ordinal);

    private static async Task<JsonObject> StartedAsync()
    {
        using var pemohon = Users.Pemohon();
        return await CutiInstanceTests.StartCutiAsync(pemohon, $"CODES-{Guid.NewGuid():N}");
    }

    private static HttpClient Anonymous() => WorkflowsServer.Factory.CreateClient();

    private static MultipartFormDataContent Upload(string text, string contentType)
    {
        var file = new StringContent(text, Encoding.UTF8);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new MultipartFormDataContent { { file, "file", "berkas.pdf" } };
    }

    private static StringContent Yaml(string yaml) => Text(yaml, "application/yaml");

    private static StringContent Text(string text, string contentType)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static async Task<HashSet<string>> DocumentedCodesAsync()
    {
        using var anonymous = Anonymous();
        var document = JsonNode.Parse(await anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in document["paths"]!.AsObject())
        {
            foreach (var operation in path.Value!.AsObject())
            {
                foreach (var response in operation.Value!["responses"]!.AsObject())
                {
                    foreach (var part in response.Value!["content"]?["application/problem+json"]?["schema"]?["allOf"]?.AsArray() ?? [])
                    {
                        codes.UnionWith(part!["properties"]?["code"]?["enum"]?.AsArray().Select(c => c!.GetValue<string>()) ?? []);
                    }
                }
            }
        }

        return codes;
    }
}
