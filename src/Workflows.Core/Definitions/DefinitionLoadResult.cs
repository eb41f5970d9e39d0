using Workflows.Core.Diagnostics;

namespace Workflows.Core.Definitions;

/// <summary>The outcome of loading one file: the definition when it is valid, and every diagnostic in file order.</summary>
public sealed record DefinitionLoadResult(string File, WorkflowDefinition? Definition, IReadOnlyList<Diagnostic> Diagnostics)
{
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);

    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == Severity.Warning);
}
