using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Workflows.Core.Runtime;

/// <summary>Either the new state and its effects, or a rejection that leaves the instance as it was.</summary>
public sealed record CommandResult(InstanceState? State, ImmutableArray<InstanceEffect> Effects, CommandRejection? Rejection)
{
    [MemberNotNullWhen(true, nameof(State))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool Accepted => Rejection is null;

    public static CommandResult Applied(InstanceState state, ImmutableArray<InstanceEffect> effects) => new(state, effects, null);

    public static CommandResult Rejected(CommandRejection rejection) => new(null, [], rejection);

    public IEnumerable<T> EffectsOf<T>() where T : InstanceEffect => Effects.OfType<T>();
}
