using System.Collections.Immutable;

namespace Workflows.Core.Runtime;

/// <summary>
/// A command that does not fit the instance, with a specific reason. <see cref="Details"/> names what is wrong
/// item by item (the missing documents, the invalid fields), for problem details.
/// </summary>
public sealed record CommandRejection(RejectionCode Code, string Message, ImmutableArray<string> Details)
{
    public static CommandRejection Of(RejectionCode code, string message) => new(code, message, []);

    public override string ToString() => Details.IsEmpty ? $"{Code}: {Message}" : $"{Code}: {Message} ({string.Join("; ", Details)})";
}
