using Workflows.Core.Definitions;
using Workflows.Core.Diagnostics;
using Workflows.Core.Time;

namespace Workflows.Core.Tests.Definitions;

public sealed class StepKindTests
{
    private const string EveryKind = """
          - id: siapkan
            kind: task
            actor: analis
            requires: [usul]
            duration: 2 jam
            next:
              - { to: kirim, when: "semester >= 5 and prodi in ['sipil', 'arsitektur']" }
              - { to: tolak }
          - id: kirim
            kind: send
            actor: analis
            to: bkn
            message: usul-pertek
            requires: [usul]
            next: terima
          - id: terima
            kind: receive
            actor: analis
            from: bkn
            message: pertek
            produces: [pertek]
            duration: 1 – 6 bulan
            next: paralel
          - id: paralel
            kind: parallel
            branches: [arsip, surat]
            join: telaah
          - id: arsip
            kind: wait
            until: tanggal_selesai
            next: telaah
          - id: surat
            kind: call
            actor: analis
            definition: bkpsdm-magetan.surat-keluar
            next: tunggu
          - id: tunggu
            kind: wait
            duration: 3 hari kalender
            next: telaah
          - id: telaah
            kind: decision
            actor: kabid
            requires: [pertek]
            duration: Menyesuaikan
            outcomes:
              setuju: { title: Disetujui, next: tetapkan, when: "semester > 4" }
              ulang: siapkan
          - id: tetapkan
            kind: task
            actor: kabid
            produces: [sk]
            next: selesai
          - id: tolak
            kind: end
            result: rejected
          - id: selesai
            kind: end
            result: approved
        """;

    [Test]
    public void Every_step_kind_compiles_into_one_definition()
    {
        var result = DefinitionText.Load(EveryKind);
        var definition = result.Definition!;

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
            Assert.That(definition.Steps.Select(s => s.Kind).Distinct(), Is.EquivalentTo(Enum.GetValues<StepKind>()));
            Assert.That(definition.Start.Id, Is.EqualTo("siapkan"));
            Assert.That(definition.Step("siapkan").Next[0].When!.Text, Does.StartWith("semester >= 5"));
            Assert.That(definition.Step("siapkan").Next[1].When, Is.Null);
            Assert.That(definition.Step("kirim").Counterparty, Is.EqualTo("bkn"));
            Assert.That(definition.Step("terima").Duration.Min, Is.EqualTo(new DurationAmount(1, DurationUnit.Months)));
            Assert.That(definition.Step("terima").Duration.Max, Is.EqualTo(new DurationAmount(6, DurationUnit.Months)));
            Assert.That(definition.Step("paralel").Branches, Is.EqualTo(new[] { "arsip", "surat" }));
            Assert.That(definition.Step("arsip").UntilField, Is.EqualTo("tanggal_selesai"));
            Assert.That(definition.Step("surat").CalledDefinition, Is.EqualTo("bkpsdm-magetan.surat-keluar"));
            Assert.That(definition.Step("telaah").Duration.HasStandard, Is.False);
            Assert.That(definition.Step("telaah").Outcomes[0].Title, Is.EqualTo("Disetujui"));
            Assert.That(definition.Step("selesai").Result, Is.EqualTo("approved"));
        });
    }

    [Test]
    public void Documents_of_every_parallel_branch_are_available_after_the_join()
    {
        var steps = EveryKind.Replace("    next: tunggu\n", "    produces: [sk]\n    next: tunggu\n", StringComparison.Ordinal)
            .Replace("    requires: [pertek]\n", "    requires: [pertek, sk]\n", StringComparison.Ordinal);

        Assert.That(steps, Does.Contain("requires: [pertek, sk]").And.Contain("produces: [sk]\n    next: tunggu"));
        Assert.That(DefinitionText.Load(steps).Errors, Is.Empty);
    }

    [Test]
    public void A_document_produced_on_only_one_path_is_not_available()
    {
        var steps = EveryKind.Replace("    requires: [pertek]\n", "    requires: [pertek, sk]\n", StringComparison.Ordinal);
        Assert.That(steps, Does.Contain("requires: [pertek, sk]"));

        var error = DefinitionText.Load(steps).Errors.Single();

        Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.DocumentNotAvailable));
        Assert.That(error.Message, Does.Contain("step 'telaah' requires 'sk'"));
    }
}
