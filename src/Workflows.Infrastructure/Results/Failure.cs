using System.Collections.Immutable;

namespace Workflows.Infrastructure.Results;

/// <summary>
/// Why a request could not be carried out. <see cref="Code"/> is a stable kebab-case name (it becomes the problem
/// type); <see cref="Errors"/> lists what is wrong item by item; <see cref="Diagnostics"/> carries validator output.
/// </summary>
public sealed record Failure(FailureKind Kind, string Code, string Detail, ImmutableArray<string> Errors)
{
    public IReadOnlyList<Core.Diagnostics.Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The engine's reason, when the failure is a command the engine rejected; <see cref="Code"/> is its name.</summary>
    public Core.Runtime.RejectionCode? Rejection { get; init; }

    /// <summary>Another command changed the instance first: nothing was written, and trying again is the remedy.</summary>
    public bool IsConcurrentChange => Kind == FailureKind.Conflict && Code == FailureCodes.ConcurrentChange;

    public static Failure ConcurrentChange() =>
        Conflict(FailureCodes.ConcurrentChange, "Someone changed this instance at the same moment; read it again and retry.");

    public static Failure NotFound(string what) => new(FailureKind.NotFound, FailureCodes.NotFound, what, []);

    public static Failure Conflict(string code, string detail) => new(FailureKind.Conflict, code, detail, []);

    public static Failure Unprocessable(string code, string detail, params IEnumerable<string> errors) =>
        new(FailureKind.Unprocessable, code, detail, [.. errors]);
}
