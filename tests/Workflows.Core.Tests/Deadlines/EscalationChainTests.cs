using Workflows.Core.Deadlines;
using Workflows.Core.Tests.Definitions;

namespace Workflows.Core.Tests.Deadlines;

/// <summary>Who hears about a late step, level by level.</summary>
public sealed class EscalationChainTests
{
    [Test]
    public void The_chain_follows_supervisors_up_from_the_actor_role_and_ends_where_a_role_has_none()
    {
        var definition = DefinitionText.Load("  - { id: a, kind: task, actor: analis, next: selesai }\n  - { id: selesai, kind: end }\n").Definition!;

        Assert.That(EscalationChain.Above(definition, "analis"), Is.EqualTo(new[] { "kabid" }));
        Assert.That(EscalationChain.At(definition, "analis", 1), Is.EqualTo("kabid"));
        Assert.That(EscalationChain.At(definition, "analis", 2), Is.Null);
        Assert.That(EscalationChain.Above(definition, "kabid"), Is.Empty);
        Assert.That(EscalationChain.Above(definition, null), Is.Empty);
        Assert.That(EscalationChain.Overseen(definition, "kabid"), Is.EqualTo(new[] { "analis" }));
    }
}
