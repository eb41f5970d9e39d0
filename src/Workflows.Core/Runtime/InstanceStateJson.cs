using System.Collections.Immutable;
using System.Text.Json;
using Workflows.Core.Definitions;

namespace Workflows.Core.Runtime;

/// <summary>The persisted form of an <see cref="InstanceState"/> (a jsonb column); data values are re-typed by the definition.</summary>
public static class InstanceStateJson
{
    public static string Serialize(InstanceState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return JsonSerializer.Serialize(state, InstanceStateJsonContext.Default.InstanceState);
    }

    /// <exception cref="JsonException">The text is not a stored state.</exception>
    public static InstanceState Deserialize(string json, WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var state = JsonSerializer.Deserialize(json, InstanceStateJsonContext.Default.InstanceState) ?? throw new JsonException("The stored state is null.");
        var fields = definition.Data.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var data = ImmutableSortedDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in state.Data)
        {
            // Values come back as JsonElement; the definition version the instance runs on says what each one is.
            if (value is JsonElement element && fields.TryGetValue(name, out var field) && DataValues.Retype(field, element) is { } typed)
            {
                data[name] = typed;
            }
        }

        return state with { Data = data.ToImmutable() };
    }
}
