namespace Workflows.Core.Definitions.V1;

/// <summary>A typed instance data field: <c>key: type</c> or <c>key: { type, title, required, min, max, ... }</c>.</summary>
public sealed class DataFieldV1
{
    public required Located<string> Key { get; init; }

    public Located<string>? Type { get; init; }

    public Located<string>? Title { get; init; }

    public Located<bool>? Required { get; init; }

    public Located<string>? Min { get; init; }

    public Located<string>? Max { get; init; }

    public Located<int>? MinLength { get; init; }

    public Located<int>? MaxLength { get; init; }

    public Located<string>? Pattern { get; init; }

    public IReadOnlyList<Located<string>> Values { get; init; } = [];

    /// <summary>A typical value, as written; it must fit the field.</summary>
    public Located<string>? Example { get; init; }
}
