namespace Workflows.Core.Diagnostics;

/// <summary>Collects every problem of one file, so that validation reports all of them at once.</summary>
public sealed class DiagnosticBag(string file)
{
    private readonly List<Diagnostic> items = [];

    public string File { get; } = file;

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Exists(d => d.Severity == Severity.Error);

    public void Error(string code, SourcePosition at, string message) =>
        items.Add(new Diagnostic(Severity.Error, code, message, File, at));

    public void Warning(string code, SourcePosition at, string message) =>
        items.Add(new Diagnostic(Severity.Warning, code, message, File, at));

    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. items.OrderBy(d => d.Position.Line).ThenBy(d => d.Position.Column).ThenBy(d => d.Code, StringComparer.Ordinal)];
}
