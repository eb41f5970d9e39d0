namespace Workflows.Core.Definitions.Validation;

/// <summary>A parallel step with the steps each of its branches runs before the join.</summary>
internal sealed record ParallelBlock(WorkflowStep Fork, string Join, IReadOnlyList<BranchRegion> Branches);

/// <summary>
/// The steps a branch may run before it reaches the join. A nested parallel block is stepped over to its own join.
/// </summary>
internal sealed record BranchRegion(string Start, IReadOnlySet<string> Steps, bool ReachesJoin, string? EndsAt, bool LoopsToFork)
{
    public static BranchRegion Explore(WorkflowDefinition definition, WorkflowStep fork, string start, string join)
    {
        var steps = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        var reachesJoin = false;
        var loops = false;
        string? endsAt = null;
        while (queue.TryDequeue(out var id))
        {
            if (id == join)
            {
                reachesJoin = true;
                continue;
            }

            if (id == fork.Id)
            {
                loops = true;
                continue;
            }

            if (!definition.TryGetStep(id, out var step) || !steps.Add(id))
            {
                continue;
            }

            if (step.Kind == StepKind.End)
            {
                endsAt ??= id;
            }

            var onward = step.Kind == StepKind.Parallel && step.Join is not null ? [step.Join] : step.Targets;
            foreach (var target in onward)
            {
                queue.Enqueue(target);
            }
        }

        return new BranchRegion(start, steps, reachesJoin, endsAt, loops);
    }
}
