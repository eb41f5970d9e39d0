using System.Text;
using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>
/// A request full of unknown fields costs a bounded answer: the declared fields are named once, the errors stop after
/// <see cref="InstanceData.MaxErrors"/> with a count of the rest, and a request with more fields than any definition
/// may take is refused without reading them one by one.
/// </summary>
internal sealed class DataErrorBoundTests
{
    private const string Steps = DataGuardTests.Steps;

    [Test]
    public void Many_unknown_fields_give_the_first_errors_and_a_count_of_the_rest()
    {
        var scenario = new InstanceScenario(Steps);

        var rejection = scenario.Start(Fields(150), scenario.Document("usul")).RefusedWith(RejectionCode.InvalidData);

        Assert.That(rejection.Details, Has.Length.EqualTo(InstanceData.MaxErrors + 1));
        Assert.That(rejection.Details[^1], Does.StartWith("data: and ").And.Contain("more"));
        Assert.That(rejection.Details.Count(d => d.Contains("declared:", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public void More_fields_than_a_request_may_carry_are_refused_in_one_line()
    {
        var scenario = new InstanceScenario(Steps);

        var rejection = scenario.Start(Fields(InstanceData.MaxFields + 1), scenario.Document("usul")).RefusedWith(RejectionCode.InvalidData);

        Assert.That(rejection.Details, Has.Length.EqualTo(1));
        Assert.That(rejection.Details[0], Does.Contain($"at most {InstanceData.MaxFields}"));
    }

    private static string Fields(int count)
    {
        var json = new StringBuilder("""{ "nama": "Budi" """);
        for (var i = 0; i < count; i++)
        {
            json.Append(System.Globalization.CultureInfo.InvariantCulture, $", \"tidak_dikenal_{i}\": {i}");
        }

        return json.Append('}').ToString();
    }
}
