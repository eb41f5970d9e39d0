using Workflows.Core.Diagnostics;

namespace Workflows.Core.Definitions.Validation;

/// <summary>Checks the shape of the step graph: reachability both ways and balanced parallel blocks.</summary>
internal sealed class GraphAnalysis(WorkflowDefinition definition, Func<string, SourcePosition> positionOf, DiagnosticBag bag)
{
    public IReadOnlySet<string> Reachable { get; } = Reach(definition, [definition.Start.Id], s => s.Targets);

    public IReadOnlyList<ParallelBlock> Blocks { get; } = [.. definition.Steps
        .Where(s => s.Kind == StepKind.Parallel && s.Join is not null && definition.TryGetStep(s.Join, out _))
        .Select(s => new ParallelBlock(s, s.Join!, [.. s.Branches.Where(b => definition.TryGetStep(b, out _))
            .Select(b => BranchRegion.Explore(definition, s, b, s.Join!))]))];

    public void Check()
    {
        foreach (var step in definition.Steps.Where(s => !Reachable.Contains(s.Id)))
        {
            bag.Error(DiagnosticCodes.UnreachableStep, positionOf(step.Id), $"step '{step.Id}' cannot be reached from the first step '{definition.Start.Id}'");
        }

        CheckEndReachable();
        foreach (var block in Blocks)
        {
            CheckBalanced(block);
        }
    }

    private void CheckEndReachable()
    {
        var ends = definition.Steps.Where(s => s.Kind == StepKind.End).Select(s => s.Id).ToList();
        if (ends.Count == 0)
        {
            bag.Error(DiagnosticCodes.EndUnreachable, positionOf(definition.Start.Id), "the definition has no 'end' step");
            return;
        }

        var predecessors = definition.Steps
            .SelectMany(s => s.Targets.Select(t => (From: s.Id, To: t)))
            .ToLookup(e => e.To, e => e.From, StringComparer.Ordinal);
        var canEnd = Reach(definition, ends, s => predecessors[s.Id]);
        foreach (var step in definition.Steps.Where(s => Reachable.Contains(s.Id) && !canEnd.Contains(s.Id)))
        {
            bag.Error(DiagnosticCodes.EndUnreachable, positionOf(step.Id), $"no 'end' step can be reached from step '{step.Id}'");
        }
    }

    private void CheckBalanced(ParallelBlock block)
    {
        var fork = block.Fork.Id;
        var at = positionOf(fork);
        foreach (var branch in block.Branches)
        {
            if (branch.EndsAt is not null)
            {
                bag.Error(DiagnosticCodes.UnbalancedParallel, at,
                    $"branch '{branch.Start}' of parallel '{fork}' can reach end step '{branch.EndsAt}' without passing join '{block.Join}'");
            }
            else if (!branch.ReachesJoin)
            {
                bag.Error(DiagnosticCodes.UnbalancedParallel, at, $"branch '{branch.Start}' of parallel '{fork}' never reaches join '{block.Join}'");
            }

            if (branch.LoopsToFork)
            {
                bag.Error(DiagnosticCodes.UnbalancedParallel, at, $"branch '{branch.Start}' of parallel '{fork}' loops back to the parallel step");
            }
        }

        for (var i = 0; i < block.Branches.Count; i++)
        {
            for (var j = i + 1; j < block.Branches.Count; j++)
            {
                var shared = block.Branches[i].Steps.Intersect(block.Branches[j].Steps).FirstOrDefault();
                if (shared is not null)
                {
                    bag.Error(DiagnosticCodes.UnbalancedParallel, at,
                        $"branches '{block.Branches[i].Start}' and '{block.Branches[j].Start}' of parallel '{fork}' share step '{shared}' before the join");
                }
            }
        }

        var inside = block.Branches.SelectMany(b => b.Steps).ToHashSet(StringComparer.Ordinal);
        foreach (var outsider in definition.Steps.Where(s => !inside.Contains(s.Id) && s.Targets.Contains(block.Join)))
        {
            bag.Error(DiagnosticCodes.UnbalancedParallel, positionOf(outsider.Id),
                $"step '{outsider.Id}' leads to join '{block.Join}' of parallel '{fork}' from outside its branches, so the join could never complete");
        }
    }

    internal static HashSet<string> Reach(WorkflowDefinition definition, IEnumerable<string> from, Func<WorkflowStep, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(from);
        while (queue.TryDequeue(out var id))
        {
            if (definition.TryGetStep(id, out var step) && seen.Add(id))
            {
                foreach (var target in next(step))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return seen;
    }
}
