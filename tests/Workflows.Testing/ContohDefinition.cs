namespace Workflows.Testing;

/// <summary>
/// The small definition <c>bkpsdm-magetan.contoh</c> that the core and CLI tests build on: a fixed header with roles,
/// documents and data, up to <c>steps:</c>. A scheduled one states its schedule on line 5 (from column 20) and no intake
/// requirements, since nobody hands documents in when an instance starts on schedule.
/// </summary>
public static class ContohDefinition
{
    public static string Header(string? cron = null) => $$"""
        schema: workflows/v1
        id: bkpsdm-magetan.contoh
        title: Contoh
        agency: bkpsdm-magetan
        {{(cron is null ? "" : $"schedule: {{ cron: \"{cron}\", data: {{ semester: 2 }} }}\n")}}service_standard:
          total: 5 hari kerja
        {{(cron is null ? "  requirements: [usul]\n" : "")}}roles:
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
}
