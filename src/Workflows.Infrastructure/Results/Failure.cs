using System.Collections.Immutable;

namespace Workflows.Infrastructure.Results;

/// <summary>
/// Why a request could not be carried out. <see cref="Code"/> is a stable kebab-case name (it becomes the problem
/// type); <see cref="Errors"/> lists what is wrong item by item; <see cref="Diagnostics"/> carries validator output.
/// </summary>
public sealed record Failure(FailureKind Kind, string Code, string Detail, ImmutableArray<string> Errors)
{
    public IReadOnlyList<Core.Diagnostics.Diagnostic> Diagnostics { get; init; } = [];

    public static Failure NotFound(string what) => new(FailureKind.NotFound, "not-found", what, []);

    public static Failure Conflict(string code, string detail) => new(FailureKind.Conflict, code, detail, []);

    public static Failure Unprocessable(string code, string detail, params IEnumerable<string> errors) =>
        new(FailureKind.Unprocessable, code, detail, [.. errors]);
}
