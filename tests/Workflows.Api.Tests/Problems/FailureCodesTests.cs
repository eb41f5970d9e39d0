using System.Text.RegularExpressions;
using Workflows.Core.Runtime;
using Workflows.Infrastructure.Results;
using Workflows.Infrastructure.Runtime;

namespace Workflows.Api.Tests.Problems;

/// <summary>Problem codes have one home: every code is kebab-case, and an engine rejection keeps its typed reason.</summary>
public sealed partial class FailureCodesTests
{
    [Test]
    public void Every_code_is_kebab_case_and_the_engine_reasons_are_among_them()
    {
        Assert.That(FailureCodes.All, Has.All.Matches<string>(c => Kebab().IsMatch(c)));
        Assert.That(FailureCodes.All, Does.Contain("message-not-expected").And.Contain(FailureCodes.ConcurrentChange).And.Contain("not-actor-role"));
        Assert.That(FailureCodes.All, Has.Count.EqualTo(typeof(FailureCodes).GetFields().Count(f => f.IsLiteral) + Enum.GetValues<RejectionCode>().Length),
            "no constant repeats an engine reason");
    }

    [Test]
    public void A_rejection_becomes_a_failure_that_carries_its_reason()
    {
        var failure = RejectionFailures.ToFailure(CommandRejection.Of(RejectionCode.MessageNotExpected, "not now"));

        Assert.That(failure.Rejection, Is.EqualTo(RejectionCode.MessageNotExpected));
        Assert.That(failure.Code, Is.EqualTo("message-not-expected"));
        Assert.That(Failure.ConcurrentChange().IsConcurrentChange, Is.True);
        Assert.That(Failure.ConcurrentChange().Rejection, Is.Null);
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex Kebab();
}
