using System.Diagnostics.CodeAnalysis;

namespace Workflows.Infrastructure.Results;

/// <summary>A value or the <see cref="Failure"/> that prevented it.</summary>
public readonly record struct Outcome<T>(T? Value, Failure? Failure)
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Failure failure) => new(default, failure);
}
