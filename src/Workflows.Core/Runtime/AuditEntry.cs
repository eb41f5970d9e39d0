using System.Collections.Immutable;

namespace Workflows.Core.Runtime;

/// <summary>
/// One line of an instance's history: who did what, when, on which step, and what it changed. <see cref="Before"/> and
/// <see cref="After"/> hold only the values that changed, flattened: <c>status</c>, <c>open</c> (open step ids),
/// <c>assignee</c>, <c>data.&lt;field&gt;</c>, <c>documents</c>.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    string Actor,
    string Action,
    Guid? TaskId,
    string? StepId,
    string Detail,
    ImmutableSortedDictionary<string, string?> Before,
    ImmutableSortedDictionary<string, string?> After);
