using System.Collections.Immutable;

namespace Workflows.Core.Runtime;

/// <summary>
/// An instance flattened for the audit trail — <c>status</c>, <c>result</c>, <c>open</c> (open step ids), <c>documents</c>
/// (how many the instance holds) and <c>data.&lt;field&gt;</c> — and the difference between two of them, where
/// <c>documents.added</c> names the documents a command brought in (type, file name and id).
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
        var held = before?.Documents.Select(d => d.Id).ToHashSet() ?? [];
        var added = after.Documents.Where(d => !held.Contains(d.Id)).Select(d => $"{d.Type}: {d.FileName} ({d.Id})").ToList();
        var afterValues = Pick(now, changed);
        return (Pick(was, changed), added.Count == 0 ? afterValues : afterValues.Add("documents.added", string.Join("; ", added)));
    }

    public static ImmutableSortedDictionary<string, string?> Of(InstanceState state)
    {
        var values = Empty.ToBuilder();
        values["status"] = state.Status.ToString().ToLowerInvariant();
        values["result"] = state.Result;
        values["open"] = string.Join(", ", state.Open.Select(o => o.StepId));
        values["documents"] = state.Documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (name, value) in state.Data)
        {
            values["data." + name] = InstanceData.Text(value);
        }

        return values.ToImmutable();
    }

    private static ImmutableSortedDictionary<string, string?> Pick(ImmutableSortedDictionary<string, string?> values, List<string> keys) =>
        Empty.AddRange(keys.Select(k => KeyValuePair.Create(k, values.GetValueOrDefault(k))));
}
