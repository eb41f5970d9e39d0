namespace Workflows.Core.Definitions.Validation;

/// <summary>The names a definition declares, which its steps and conditions may refer to.</summary>
internal sealed record DeclaredNames(
    IReadOnlySet<string> Roles,
    IReadOnlySet<string> Documents,
    IReadOnlyDictionary<string, FieldShape> Fields);
