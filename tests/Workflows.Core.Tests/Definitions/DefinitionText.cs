using System.Text;
using Workflows.Core.Definitions;
using Workflows.Core.Definitions.Validation;

namespace Workflows.Core.Tests.Definitions;

/// <summary>Builds small definitions for tests: a fixed header with roles, documents and data, plus the given steps.</summary>
internal static class DefinitionText
{
    public const string Header = """
        schema: workflows/v1
        id: bkpsdm-magetan.contoh
        title: Contoh
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
        data:
          semester: int
          prodi: { type: enum, values: [sipil, arsitektur] }
          tanggal_selesai: date
        steps:

        """;

    public static readonly CompileContext Context = new(
        new HashSet<string> { "id-asn" }, new HashSet<string> { "bkpsdm-magetan.contoh", "bkpsdm-magetan.surat-keluar" });

    public static DefinitionLoadResult Load(string steps) =>
        DefinitionLoader.Load("contoh.yaml", Encoding.UTF8.GetBytes(Header + steps), Context);

    /// <summary>The line in the whole file of a line of <paramref name="steps"/> (1-based), for asserting positions.</summary>
    public static int LineOf(string steps, string text) =>
        Header.Split('\n').Length - 1 + steps.Split('\n').ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;
}
