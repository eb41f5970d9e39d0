using Workflows.Core.Time;

namespace Workflows.Core.Definitions.Validation;

/// <summary>
/// The path from the first step with the largest sum of mutu baku upper bounds, loops taken at most once
/// (edges back to a step on the current path are ignored). Steps without a standard count as zero.
/// </summary>
internal static class LongestPath
{
    public static (double Hours, IReadOnlyList<string> Path) Find(WorkflowDefinition definition, IReadOnlySet<string> reachable)
    {
        var memo = new Dictionary<string, (double Hours, string? Next)>(StringComparer.Ordinal);
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        var hours = Visit(definition.Start.Id);

        var path = new List<string>();
        for (string? id = definition.Start.Id; id is not null && path.Count <= definition.Steps.Length; id = memo[id].Next)
        {
            path.Add(id);
        }

        return (hours, path);

        // Recursion depth is bounded by the step limit the compiler enforces.
        double Visit(string id)
        {
            if (memo.TryGetValue(id, out var known))
            {
                return known.Hours;
            }

            var step = definition.Step(id);
            onPath.Add(id);
            (double Hours, string? Next) best = (0, null);
            foreach (var target in step.Targets.Where(t => reachable.Contains(t) && !onPath.Contains(t)))
            {
                var candidate = Visit(target);
                if (candidate > best.Hours || best.Next is null)
                {
                    best = (candidate, target);
                }
            }

            onPath.Remove(id);
            var own = step.Duration.Max is { } max ? DurationMath.ApproximateWorkingHours(max) : 0;
            memo[id] = (own + best.Hours, best.Next);
            return own + best.Hours;
        }
    }
}
