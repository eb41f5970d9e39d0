using Workflows.Core.Diagnostics;

namespace Workflows.Api.Views;

/// <summary>One validator message, with the same text the CLI prints (<c>file:line:col: message</c>).</summary>
public sealed record DiagnosticView(string Code, string Severity, int Line, int Column, string Message, string Text)
{
    public static DiagnosticView From(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new DiagnosticView(
            diagnostic.Code,
            diagnostic.Severity.ToString().ToLowerInvariant(),
            diagnostic.Position.Line,
            diagnostic.Position.Column,
            diagnostic.Message,
            diagnostic.ToString());
    }

    /// <summary>The first <paramref name="max"/> diagnostics, so that no answer grows with a hostile definition.</summary>
    public static List<DiagnosticView> FirstOf(IEnumerable<Diagnostic> diagnostics, int max) => [.. diagnostics.Take(max).Select(From)];
}
