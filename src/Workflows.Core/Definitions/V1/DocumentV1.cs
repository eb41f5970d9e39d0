namespace Workflows.Core.Definitions.V1;

/// <summary>A document (<i>kelengkapan</i> or output): <c>key: title</c> or <c>key: { title }</c>.</summary>
public sealed class DocumentV1
{
    public required Located<string> Key { get; init; }

    public Located<string>? Title { get; init; }
}
