using System.Collections.Immutable;

namespace Workflows.Infrastructure.Results;

/// <summary>
/// Why a request could not be carried out. <see cref="Code"/> is a stable kebab-case name (it becomes the problem
/// type); <see cref="Errors"/> lists what is wrong item by item; <see cref="Diagnostics"/> carries validator output.
/// </summary>
public sealed record Failure(FailureKind Kind, string Code, string Detail, ImmutableArray<string> Errors)
{
    public IReadOnlyList<Core.Diagnostics.Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The code of <see cref="ConcurrentChange"/>: the instance's revision moved between reading and writing it.</summary>
    public const string ConcurrentChangeCode = "concurrent-change";

    /// <summary>Another command changed the instance first: nothing was written, and trying again is the remedy.</summary>
    public bool IsConcurrentChange => Kind == FailureKind.Conflict && Code == ConcurrentChangeCode;

    public static Failure ConcurrentChange() =>
        Conflict(ConcurrentChangeCode, "Someone changed this case at the same moment; read it again and retry.");

    public static Failure NotFound(string what) => new(FailureKind.NotFound, "not-found", what, []);

    public static Failure Conflict(string code, string detail) => new(FailureKind.Conflict, code, detail, []);

    public static Failure Unprocessable(string code, string detail, params IEnumerable<string> errors) =>
        new(FailureKind.Unprocessable, code, detail, [.. errors]);
}
