using System.Collections.Immutable;
using Workflows.Core.Definitions;

namespace Workflows.Core.Deadlines;

/// <summary>
/// Who hears about an overdue step: the supervisor of the step's actor role (level 1), then that role's supervisor
/// (level 2), and so on until a role has none. The validator refuses supervisor loops; the walk stops at a repeat anyway.
/// </summary>
public static class EscalationChain
{
    public static ImmutableArray<string> Above(WorkflowDefinition definition, string? role)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var chain = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = role is null ? null : definition.Role(role)?.Supervisor;
             current is not null && seen.Add(current);
             current = definition.Role(current)?.Supervisor)
        {
            chain.Add(current);
        }

        return chain.ToImmutable();
    }

    /// <summary>The role that hears at <paramref name="level"/> (1-based), or null past the end of the chain.</summary>
    public static string? At(WorkflowDefinition definition, string? role, int level)
    {
        var chain = Above(definition, role);
        return level >= 1 && level <= chain.Length ? chain[level - 1] : null;
    }

    /// <summary>Roles whose work <paramref name="supervisor"/> oversees, directly or further down.</summary>
    public static IEnumerable<string> Overseen(WorkflowDefinition definition, string supervisor)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Roles.Where(r => Above(definition, r.Id).Contains(supervisor)).Select(r => r.Id);
    }
}
