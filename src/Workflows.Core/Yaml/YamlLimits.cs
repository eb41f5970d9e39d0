namespace Workflows.Core.Yaml;

/// <summary>
/// Bounds that keep hostile YAML (alias bombs, deep nesting, huge files) from hanging or crashing the reader.
/// The defaults are far above what any SOP needs: the largest seed table has about 30 steps.
/// </summary>
public sealed record YamlLimits(int MaxBytes, int MaxDepth, int MaxNodes)
{
    public static readonly YamlLimits Default = new(MaxBytes: 1024 * 1024, MaxDepth: 64, MaxNodes: 200_000);
}
