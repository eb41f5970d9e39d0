using System.Text.RegularExpressions;

namespace Workflows.Core.Definitions.Validation;

/// <summary>Id formats. Ids end up in URLs, audit entries and message routing keys, so they stay plain ASCII.</summary>
internal static partial class Identifiers
{
    public static bool IsDefinitionId(string text) => DefinitionId().IsMatch(text);

    public static bool IsName(string text) => Name().IsMatch(text);

    public static bool IsFieldName(string text) => FieldName().IsMatch(text);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}(\\.[a-z0-9][a-z0-9-]{0,63})+$")]
    private static partial Regex DefinitionId();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex Name();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
    private static partial Regex FieldName();
}
