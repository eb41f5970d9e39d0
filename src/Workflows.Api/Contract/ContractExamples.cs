using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Workflows.Api.Contract;

/// <summary>
/// Request and answer examples for the main operations, from the cuti SOP of BKPSDM Magetan
/// (<c>workflows/bkpsdm-magetan/fasilitasi-izin-cuti.yaml</c>), the scenario the README walks through.
/// </summary>
internal sealed class ContractExamples : IOpenApiOperationTransformer
{
    private const string InstanceId = "0193a5b2-7c41-7e10-9a0b-3f6c2d1e4a01";
    private const string TaskId = "0193a5b2-7c41-7e10-9a0b-3f6c2d1e4a02";
    private const string DocumentId = "0193a5b2-7c41-7e10-9a0b-3f6c2d1e4a03";
    private const string Cuti = "bkpsdm-magetan.fasilitasi-izin-cuti";

    private static readonly Dictionary<string, (string? Request, string Status, string Answer)> Examples = new(StringComparer.Ordinal)
    {
        ["startInstance"] = (
            $$"""{"definition":"{{Cuti}}","businessKey":"CUTI-2026-0001","data":{"nip":"198501012010011001","jenis_cuti":"tahunan","tanggal_mulai":"2026-12-07","lama_hari":3},"documents":[{"id":"{{DocumentId}}","type":"form-cuti"}]}""",
            "201", Instance("running", "null")),
        ["completeTask"] = ("""{"outcome":"lengkap","data":{"berkas_lengkap":true},"documents":[]}""", "200", Instance("running", "null")),
        ["getInstance"] = (null, "200", Instance("running", "null")),
        ["listMyTasks"] = (null, "200", $"[{Task}]"),
    };

    private static string Task => $$"""
        {"id":"{{TaskId}}","instanceId":"{{InstanceId}}","definition":"{{Cuti}}","businessKey":"CUTI-2026-0001","step":"periksa-kelengkapan",
         "title":"Menerima surat permohonan cuti, serta memeriksa kelengkapan izin cuti","kind":"decision","waitingFor":"actor",
         "actorRole":"analis-kepegawaian","assignee":null,"status":"open","openedAt":"2026-12-03T09:00:00+07:00","earliest":null,
         "due":"2026-12-03T09:30:00+07:00","dueProvisional":false,"overdue":false,"closedAt":null,"closedBy":null,"outcome":null}
        """;

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId is not { } id || !Examples.TryGetValue(id, out var example))
        {
            return System.Threading.Tasks.Task.CompletedTask;
        }

        if (example.Request is { } request && operation.RequestBody?.Content?.TryGetValue("application/json", out var body) == true)
        {
            body.Example = JsonNode.Parse(request);
        }

        if (operation.Responses?.TryGetValue(example.Status, out var response) == true && response.Content?.TryGetValue("application/json", out var answer) == true)
        {
            answer.Example = JsonNode.Parse(example.Answer);
        }

        return System.Threading.Tasks.Task.CompletedTask;
    }

    private static string Instance(string status, string result) => $$"""
        {"id":"{{InstanceId}}","definition":"{{Cuti}}","version":1,"title":"SOP Fasilitasi Izin Cuti","agency":"bkpsdm-magetan",
         "businessKey":"CUTI-2026-0001","status":"{{status}}","result":{{result}},"startedAt":"2026-12-03T08:00:00+07:00","startedBy":"pemohon-1",
         "due":"2026-12-17T16:00:00+07:00","dueProvisional":false,"endedAt":null,"parentInstanceId":null,
         "data":{"nip":"198501012010011001","jenis_cuti":"tahunan","tanggal_mulai":"2026-12-07","lama_hari":3,"berkas_lengkap":true},
         "openSteps":[{"taskId":"{{TaskId}}","step":"buat-draft","title":"Membuat draft surat izin cuti","kind":"task","waitingFor":"actor",
           "actorRole":"analis-kepegawaian","assignee":null,"duration":"1 jam","openedAt":"2026-12-03T09:00:00+07:00","earliest":null,
           "due":"2026-12-03T10:00:00+07:00","requires":["form-permohonan-cuti","form-cuti"],"produces":["draft-surat-izin-cuti"],"outcomes":[],
           "message":null,"timerAt":null,"childInstanceId":null,"provisional":false}],
         "documents":[{"id":"{{DocumentId}}","type":"form-cuti","fileName":"form-cuti.pdf","contentType":"application/pdf","size":48213,
           "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","instanceId":"{{InstanceId}}","step":null,
           "addedBy":"pemohon-1","addedAt":"2026-12-03T08:00:00+07:00"}],
         "history":"/instances/{{InstanceId}}/history"}
        """;
}
