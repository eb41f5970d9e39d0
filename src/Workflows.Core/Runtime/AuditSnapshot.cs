using System.Collections.Immutable;

namespace Workflows.Core.Runtime;

/// <summary>
/// A case flattened for the audit trail — <c>status</c>, <c>result</c>, <c>open</c> (open step ids), <c>documents</c>
/// (document types in the order handed in) and <c>data.&lt;field&gt;</c> — and the difference between two of them.
/// </summary>
internal static class AuditSnapshot
{
    public static readonly ImmutableSortedDictionary<string, string?> Empty = ImmutableSortedDictionary.Create<string, string?>(StringComparer.Ordinal);

    /// <summary>The values that differ, as they were and as they are; a value absent on one side is null there.</summary>
    public static (ImmutableSortedDictionary<string, string?> Before, ImmutableSortedDictionary<string, string?> After) Difference(InstanceState? before, InstanceState after)
    {
        var was = before is null ? Empty : Of(before);
        var now = Of(after);
        var changed = was.Keys.Union(now.Keys).Where(k => was.GetValueOrDefault(k) != now.GetValueOrDefault(k)).ToList();
        return (Pick(was, changed), Pick(now, changed));
    }

    public static ImmutableSortedDictionary<string, string?> Of(InstanceState state)
    {
        var values = Empty.ToBuilder();
        values["status"] = state.Status.ToString().ToLowerInvariant();
        values["result"] = state.Result;
        values["open"] = string.Join(", ", state.Open.Select(o => o.StepId));
        values["documents"] = string.Join(", ", state.Documents.Select(d => d.Type));
        foreach (var (name, value) in state.Data)
        {
            values["data." + name] = InstanceData.Text(value);
        }

        return values.ToImmutable();
    }

    private static ImmutableSortedDictionary<string, string?> Pick(ImmutableSortedDictionary<string, string?> values, List<string> keys) =>
        Empty.AddRange(keys.Select(k => KeyValuePair.Create(k, values.GetValueOrDefault(k))));
}
