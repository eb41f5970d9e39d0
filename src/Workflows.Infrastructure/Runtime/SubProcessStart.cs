using System.Collections.Immutable;
using System.Text.Json;
using Workflows.Core.Definitions;
using Workflows.Core.Runtime;

namespace Workflows.Infrastructure.Runtime;

/// <summary>
/// The start command of a sub-process: it receives the parent's data fields and documents that the called definition
/// declares itself, and nothing else.
/// </summary>
internal static class SubProcessStart
{
    public static StartInstance For(SubProcessRequested requested, WorkflowDefinition child)
    {
        var fields = child.Data.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var types = child.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var data = ToJson(requested.Data.Where(p => fields.Contains(p.Key) && p.Value is not null));
        var documents = requested.Documents
            .Where(d => types.Contains(d.Type))
            .Select(d => new SuppliedDocument(d.Id, d.Type, d.FileName, d.ContentType, d.Size, d.Sha256))
            .ToImmutableArray();
        return new StartInstance(Actor.System, requested.ChildInstanceId, requested.BusinessKey, data, documents, requested.Parent);
    }

    private static Dictionary<string, JsonElement> ToJson(IEnumerable<KeyValuePair<string, object?>> values)
    {
        using var document = JsonDocument.Parse(InstanceDataJson.Write(values));
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }
}
