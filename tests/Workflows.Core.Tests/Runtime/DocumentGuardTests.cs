using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>The kelengkapan checks: declared types, each document once, what is required and what is produced.</summary>
internal sealed class DocumentGuardTests
{
    private const string Steps = """
          - id: verifikasi
            kind: task
            actor: analis
            produces: [pertek]
            next: surat
          - id: surat
            kind: call
            actor: analis
            definition: bkpsdm-magetan.surat-keluar
            produces: [sk]
            next: serahkan
          - id: serahkan
            kind: task
            actor: kabid
            requires: [usul, sk]
            next: selesai
          - id: selesai
            kind: end
        """;

    private static InstanceScenario AtSerahkan()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start().Ok();
        scenario.Complete("verifikasi", Staff.Analis, null, "{}", scenario.Document("pertek")).Ok();
        scenario.ChildCompleted("surat").Ok();
        return scenario;
    }

    [Test]
    public void A_case_cannot_start_without_the_service_standard_requirements()
    {
        var scenario = new InstanceScenario(Steps);

        var rejection = scenario.Start(InstanceScenario.DefaultData, scenario.Document("lampiran")).RefusedWith(RejectionCode.MissingRequiredDocuments);

        Assert.That(rejection.Details, Is.EqualTo(new[] { "documents: usul (Usul) is a requirement of the service standard" }));
    }

    [Test]
    public void A_document_of_an_undeclared_type_is_refused()
    {
        var scenario = new InstanceScenario(Steps);

        var rejection = scenario.Start(InstanceScenario.DefaultData, scenario.Document("usul"), scenario.Document("ktp"))
            .RefusedWith(RejectionCode.UnknownDocumentType);

        Assert.That(rejection.Details, Has.Exactly(1).Contains("'ktp'"));
    }

    [Test]
    public void The_same_document_cannot_be_handed_in_twice_in_one_command()
    {
        var scenario = new InstanceScenario(Steps);
        var usul = scenario.Document("usul");

        var rejection = scenario.Start(InstanceScenario.DefaultData, usul, usul).RefusedWith(RejectionCode.DuplicateDocument);

        Assert.That(rejection.Details, Is.EqualTo(new[] { $"documents: {usul.Id} is handed in 2 times" }));
    }

    [Test]
    public void A_document_already_in_the_case_cannot_be_handed_in_again()
    {
        var scenario = new InstanceScenario(Steps);
        var usul = scenario.Document("usul");
        scenario.Start(InstanceScenario.DefaultData, usul).Ok();

        var rejection = scenario.Complete("verifikasi", Staff.Analis, null, "{}", scenario.Document("pertek"), usul)
            .RefusedWith(RejectionCode.DuplicateDocument);

        Assert.That(rejection.Details, Is.EqualTo(new[] { $"documents: {usul.Id} is already part of the case" }));
    }

    [Test]
    public void A_task_cannot_be_completed_without_the_documents_it_produces()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start().Ok();

        var rejection = scenario.Complete("verifikasi", Staff.Analis, null, "{}", scenario.Document("lampiran"))
            .RefusedWith(RejectionCode.MissingProducedDocuments);

        Assert.Multiple(() =>
        {
            Assert.That(rejection.Details, Is.EqualTo(new[] { "documents: pertek (Pertimbangan teknis) is produced by step 'verifikasi' and must be handed in" }));
            Assert.That(scenario.OpenStepIds, Is.EqualTo(new[] { "verifikasi" }));
            Assert.That(scenario.State.Documents.Select(d => d.Type), Is.EqualTo(new[] { "usul" }));
        });
    }

    [Test]
    public void A_step_refuses_when_a_required_document_is_neither_held_nor_handed_in()
    {
        var scenario = AtSerahkan();

        var rejection = scenario.Complete("serahkan", Staff.Kabid).RefusedWith(RejectionCode.MissingRequiredDocuments);

        Assert.That(rejection.Details, Is.EqualTo(new[] { "documents: sk (Surat keputusan) is required by step 'serahkan'" }));
    }

    [Test]
    public void A_required_document_handed_in_at_the_step_completes_the_kelengkapan()
    {
        var scenario = AtSerahkan();

        scenario.Complete("serahkan", Staff.Kabid, null, "{}", scenario.Document("sk")).Ok();

        Assert.That(scenario.State.Status, Is.EqualTo(InstanceStatus.Completed));
    }
}
