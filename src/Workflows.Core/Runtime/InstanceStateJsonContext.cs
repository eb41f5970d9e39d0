using System.Text.Json;
using System.Text.Json.Serialization;
using Workflows.Core.Definitions;

namespace Workflows.Core.Runtime;

/// <summary>
/// The serializer for stored instance states, generated at compile time so that reading and writing a state per
/// command reflects over nothing. <see cref="InstanceState.Data"/> values are typed <c>object</c>: every type a value
/// can have at run time is listed, and read back they are <see cref="JsonElement"/>s that the definition re-types.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(KebabCaseEnumConverter<InstanceStatus>), typeof(KebabCaseEnumConverter<WaitingFor>), typeof(KebabCaseEnumConverter<StepKind>)])]
[JsonSerializable(typeof(InstanceState))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(DateOnly))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class InstanceStateJsonContext : JsonSerializerContext;
