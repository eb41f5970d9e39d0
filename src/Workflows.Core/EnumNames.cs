namespace Workflows.Core;

/// <summary>Reads an enum back from the one name a format gives it (YAML, JSON), exactly as written.</summary>
internal static class EnumNames
{
    public static bool TryParse<T>(string? text, Func<T, string> name, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (name(candidate) == text)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
