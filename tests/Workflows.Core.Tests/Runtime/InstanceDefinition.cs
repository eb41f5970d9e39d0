using System.Text;
using Workflows.Core.Definitions;
using Workflows.Core.Definitions.Validation;

namespace Workflows.Core.Tests.Runtime;

/// <summary>
/// Definitions for engine tests: a header with roles, documents and one data field of every type, plus the given steps.
/// A definition that does not validate fails the test with the validator's messages.
/// </summary>
internal static class InstanceDefinition
{
    public const string Id = "bkpsdm-magetan.kenaikan-pangkat";

    public const string Header = """
        schema: workflows/v1
        id: bkpsdm-magetan.kenaikan-pangkat
        title: Kenaikan Pangkat
        agency: bkpsdm-magetan
        service_standard:
          total: 5 hari kerja
          requirements: [usul]
        roles:
          analis: { title: Analis Kepegawaian, supervisor: kabid }
          kabid: { title: Kepala Bidang }
          bkn: { title: Badan Kepegawaian Negara, external: true }
        documents:
          usul: Usul
          pertek: Pertimbangan teknis
          sk: Surat keputusan
          lampiran: Lampiran
        data:
          nama: { type: string, required: true, max_length: 40 }
          nip: { type: string, pattern: "^[0-9]{18}$" }
          semester: { type: int, min: 1, max: 14 }
          ipk: { type: decimal, min: 0, max: 4 }
          mendesak: bool
          prodi: { type: enum, values: [sipil, arsitektur] }
          tanggal_selesai: date
        steps:

        """;

    private static readonly CompileContext Context = new(
        new HashSet<string> { "id-asn" }, new HashSet<string> { Id, "bkpsdm-magetan.surat-keluar" });

    public static WorkflowDefinition Compile(string steps, string header = Header)
    {
        var result = DefinitionLoader.Load("kenaikan-pangkat.yaml", Encoding.UTF8.GetBytes(header + steps), Context);
        return result.Definition
            ?? throw new AssertionException("The test definition does not validate:\n" + string.Join("\n", result.Diagnostics));
    }
}
