using System.Collections.Immutable;

namespace Workflows.Core.Definitions.Validation;

/// <summary>
/// Which documents are certainly present when a step opens: the service requirements handed in at the start,
/// plus what every path to the step has produced. A forward "must" data-flow analysis: intersection where paths
/// merge, except at a parallel join, where every branch has run and their documents add up.
/// </summary>
internal static class DocumentFlow
{
    public static IReadOnlyDictionary<string, ImmutableHashSet<string>> Available(
        WorkflowDefinition definition, IReadOnlySet<string> reachable, IReadOnlyList<ParallelBlock> blocks)
    {
        var all = definition.Documents.Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);
        var start = (definition.ServiceStandard?.Requirements ?? []).ToImmutableHashSet(StringComparer.Ordinal);
        var steps = definition.Steps.Where(s => reachable.Contains(s.Id)).ToList();
        var available = steps.ToDictionary(s => s.Id, s => s.Id == definition.Start.Id ? start : all, StringComparer.Ordinal);
        var predecessors = steps
            .SelectMany(s => s.Targets.Select(t => (From: s, To: t)))
            .ToLookup(e => e.To, e => e.From, StringComparer.Ordinal);
        var joins = blocks.ToLookup(b => b.Join, StringComparer.Ordinal);

        // Sets only shrink from "everything", so this reaches a fixed point; the bound is a guard, not a tuning knob.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var step in steps.Where(s => s.Id != definition.Start.Id))
            {
                var incoming = joins[step.Id].FirstOrDefault() is { } block
                    ? AtJoin(block, available, predecessors[step.Id])
                    : Meet(predecessors[step.Id].Select(p => Out(p, available)), all);
                if (!incoming.SetEquals(available[step.Id]))
                {
                    available[step.Id] = incoming;
                    changed = true;
                }
            }
        }

        return available;
    }

    private static ImmutableHashSet<string> AtJoin(
        ParallelBlock block, Dictionary<string, ImmutableHashSet<string>> available, IEnumerable<WorkflowStep> predecessors)
    {
        var result = available.GetValueOrDefault(block.Fork.Id, []);
        foreach (var branch in block.Branches)
        {
            var arriving = predecessors.Where(p => branch.Steps.Contains(p.Id)).Select(p => Out(p, available)).ToList();
            if (arriving.Count > 0)
            {
                result = result.Union(Meet(arriving, arriving[0]));
            }
        }

        return result;
    }

    private static ImmutableHashSet<string> Out(WorkflowStep step, Dictionary<string, ImmutableHashSet<string>> available) =>
        available.GetValueOrDefault(step.Id, []).Union(step.Produces);

    private static ImmutableHashSet<string> Meet(IEnumerable<ImmutableHashSet<string>> sets, ImmutableHashSet<string> all) =>
        sets.Aggregate(all, (acc, set) => acc.Intersect(set));
}
