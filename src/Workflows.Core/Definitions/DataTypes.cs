namespace Workflows.Core.Definitions;

public static class DataTypes
{
    /// <summary>The type's keyword in YAML and JSON: <c>string</c>, <c>int</c>, <c>decimal</c>, <c>bool</c>, <c>date</c>, <c>enum</c>.</summary>
    public static string Name(this DataType type) => type.ToString().ToLowerInvariant();

    public static bool TryParse(string text, out DataType type) => EnumNames.TryParse(text, Name, out type);
}
