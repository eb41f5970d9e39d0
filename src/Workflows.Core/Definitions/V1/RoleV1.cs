namespace Workflows.Core.Definitions.V1;

/// <summary>A <i>pelaksana</i>: <c>key: title</c> or <c>key: { title, external, supervisor }</c>.</summary>
public sealed class RoleV1
{
    public required Located<string> Key { get; init; }

    public Located<string>? Title { get; init; }

    public Located<bool>? External { get; init; }

    public Located<string>? Supervisor { get; init; }
}
