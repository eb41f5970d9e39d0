using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>A mutu baku range such as "1 – 6 bulan" is a minimum too: the step cannot be completed before it.</summary>
internal sealed class RangeMinimumTests
{
    private const string Steps = """
          - id: magang
            kind: task
            actor: analis
            duration: 1 – 6 bulan
            next: selesai
          - id: selesai
            kind: end
        """;

    [Test]
    public void Completing_before_the_minimum_is_refused_naming_the_range_and_the_earliest_time()
    {
        var scenario = new InstanceScenario(Steps, "2025-05-05 08:00");
        scenario.Start().Ok();

        var refused = scenario.Complete("magang", Staff.Analis).RefusedWith(RejectionCode.TooEarly);

        Assert.That(refused.Message, Does.Contain("'1 – 6 bulan'").And.Contain("before 2025-06-05 08:00 +07:00"));
        scenario.SetClock("2025-06-05 08:00");
        Assert.That(scenario.Complete("magang", Staff.Analis).Ok().Status, Is.EqualTo(InstanceStatus.Completed));
    }
}
