using Workflows.Core.Runtime;

namespace Workflows.Core.Tests.Runtime;

/// <summary>Setup steps of a story must be accepted; a refusal fails the test with the engine's reason.</summary>
internal static class CommandResultChecks
{
    public static InstanceState Ok(this CommandResult result)
    {
        Assert.That(result.Rejection, Is.Null, () => $"The engine refused: {result.Rejection}");
        return result.State!;
    }

    /// <summary>The command was refused for <paramref name="code"/>, and the refusal carries no state and no effects.</summary>
    public static CommandRejection RefusedWith(this CommandResult result, RejectionCode code)
    {
        Assert.That(result.Rejection?.Code, Is.EqualTo(code), () => $"Expected {code}, got {(result.Rejection?.ToString() ?? "accepted")}");
        Assert.That(result.State, Is.Null);
        Assert.That(result.Effects, Is.Empty);
        return result.Rejection!;
    }
}
