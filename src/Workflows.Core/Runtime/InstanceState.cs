using System.Collections.Immutable;

namespace Workflows.Core.Runtime;

/// <summary>
/// Everything the engine needs to know about one instance. Immutable: a command yields a new state.
/// <see cref="Data"/> values are <c>string</c> (also enums), <c>long</c>, <c>decimal</c>, <c>bool</c> or <c>DateOnly</c>.
/// <see cref="DueProvisional"/> when the service-standard <see cref="Due"/> counted dates outside the calendar's coverage.
/// </summary>
public sealed record InstanceState(
    Guid Id,
    string DefinitionId,
    int DefinitionVersion,
    string Agency,
    string BusinessKey,
    InstanceStatus Status,
    string? Result,
    ImmutableSortedDictionary<string, object?> Data,
    ImmutableList<OpenStep> Open,
    ImmutableList<ForkFrame> Forks,
    ImmutableList<DocumentRecord> Documents,
    ParentLink? Parent,
    DateTimeOffset StartedAt,
    DateTimeOffset? Due,
    DateTimeOffset? EndedAt,
    bool DueProvisional = false)
{
    public OpenStep? FindOpen(Guid taskId) => Open.FirstOrDefault(o => o.TaskId == taskId);
}
