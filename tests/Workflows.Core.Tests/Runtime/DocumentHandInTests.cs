using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>
/// An upload that no instance holds yet may be handed in by the person who uploaded it, or by someone who holds the actor
/// role of the step it is handed in at; anyone else is refused, so a colleague cannot take another's upload.
/// </summary>
internal sealed class DocumentHandInTests
{
    private const string Steps = """
          - id: isi-formulir
            kind: task
            actor: analis
            produces: [lampiran]
            next: selesai
          - id: selesai
            kind: end
        """;

    [Test]
    public void Someone_elses_upload_is_refused_at_the_start_to_a_person_without_the_first_steps_role()
    {
        var scenario = new InstanceScenario(Steps);
        var usul = scenario.Document("usul") with { UploadedBy = "pemohon-lain" };

        var rejection = scenario.Start(InstanceScenario.DefaultData, usul).RefusedWith(RejectionCode.DocumentNotYours);

        Assert.That(rejection.Details, Has.Exactly(1).Contains(usul.Id.ToString()));
    }

    [Test]
    public void Ones_own_upload_is_accepted_at_the_start()
    {
        var scenario = new InstanceScenario(Steps);

        var result = scenario.Start(InstanceScenario.DefaultData, scenario.Document("usul") with { UploadedBy = Staff.Pemohon.UserId });

        Assert.That(result.Accepted, Is.True, result.Rejection?.ToString());
    }

    [Test]
    public void A_holder_of_the_steps_role_may_hand_in_a_colleagues_upload()
    {
        var scenario = new InstanceScenario(Steps);
        scenario.Start();

        var result = scenario.Complete("isi-formulir", Staff.OtherAnalis, handedIn: scenario.Document("lampiran") with { UploadedBy = Staff.Analis.UserId });

        Assert.That(result.Accepted, Is.True, result.Rejection?.ToString());
    }
}
