namespace Workflows.Api.Tests.Support;

/// <summary>The configuration one test server starts with: the settings all test servers share, and its own over them.</summary>
internal static class NodeSettings
{
    /// <summary>
    /// <paramref name="own"/> over <paramref name="shared"/>; a null value leaves the setting unset, as a variable taken
    /// out of a deployment's environment would. Keys are configuration keys with ':' (<c>Workflows:Root</c>): the
    /// environment's '__' spelling would be a different key here, and a setting given so would be silently ignored.
    /// </summary>
    public static Dictionary<string, string> Over(IReadOnlyDictionary<string, string?> shared, IReadOnlyDictionary<string, string?>? own)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in shared.Concat(own ?? new Dictionary<string, string?>()))
        {
            if (key.Contains("__", StringComparison.Ordinal))
            {
                throw new ArgumentException($"The setting '{key}' is spelt as an environment variable; use ':' between its sections.", nameof(own));
            }

            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value;
            }
        }

        return settings;
    }
}
