using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflows.Core.Runtime;

/// <summary>An enum stored as its kebab-case name (<c>waiting-for</c>), as instance states have always been written.</summary>
public sealed class KebabCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower)
    where TEnum : struct, Enum;
